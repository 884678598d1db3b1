/** Test support shared by every ONEX module: an in-process Kafka broker on 127.0.0.1. */
package io.onex.testkit;
