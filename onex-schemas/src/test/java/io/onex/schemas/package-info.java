/** Tests that hold the ONEX topic catalog and JSON Schemas to the specification with a real JSON Schema validator. */
package io.onex.schemas;
