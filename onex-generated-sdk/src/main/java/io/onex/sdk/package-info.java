/** The hand-written SDK runtime that generated types build on: envelope, topic descriptors, JSON codecs and the event bus. */
package io.onex.sdk;
