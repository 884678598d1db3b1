/**
 * Test support shared by every ONEX module: an in-process Kafka broker and a real Apicurio Registry server on
 * 127.0.0.1, and JUnit 5 extensions that run one of each for a test class.
 */
package io.onex.testkit;
