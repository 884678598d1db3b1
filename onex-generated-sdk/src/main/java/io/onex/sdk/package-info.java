/** The API node code works with and generated publishers, dispatchers and topic constants build on: the event envelope, catalog topics, event buses, record dispatch, header names, and the exceptions for invalid and undecodable events. */
package io.onex.sdk;
