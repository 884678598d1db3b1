/** Test support shared by every ONEX module: an in-process Kafka broker and a real Apicurio Registry server on 127.0.0.1. */
package io.onex.testkit;
