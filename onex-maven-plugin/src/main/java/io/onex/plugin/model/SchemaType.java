package io.onex.plugin.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A JSON Schema type as the generators see it: resolved ($ref followed), validated, with the
 * constraints the generated code must check. The parser reduces every supported schema to one of
 * these; anything it cannot reduce is a diagnostic, never a silent {@code Object}.
 */
public sealed interface SchemaType {

    /** Where the schema of this type was declared (file, line, column) and its JSON pointer. */
    Origin origin();

    /**
     * Declaration site of a schema node.
     *
     * @param location file, line and column
     * @param pointer JSON pointer within the file, e.g. {@code /properties/node_id}
     */
    record Origin(SourceLocation location, String pointer) {
        public Origin {
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(pointer, "pointer");
        }

        @Override
        public String toString() {
            return location + " " + (pointer.isEmpty() ? "/" : pointer);
        }
    }

    /** Formats of {@code type: string} that map to a dedicated Java type or check. */
    enum StringFormat {
        /** {@code format: uuid} -> {@link java.util.UUID}. */
        UUID,
        /** {@code format: date-time} (RFC 3339) -> {@link java.time.Instant}. */
        DATE_TIME,
        /** {@code format: uri} -> String checked with {@link java.net.URI}. */
        URI,
        /** No format, or a format without a dedicated mapping. */
        NONE
    }

    /**
     * A closed or open object with named properties: becomes a Java record.
     *
     * @param javaName simple class name, from the schema title or property path
     * @param description schema description, used as Javadoc; may be empty
     * @param properties properties in declaration order
     * @param closed true when {@code additionalProperties: false}
     * @param origin declaration site
     */
    record ObjectType(String javaName, String description, List<Property> properties, boolean closed, Origin origin)
            implements SchemaType {
        public ObjectType {
            properties = List.copyOf(properties);
            description = description == null ? "" : description;
        }

        public Optional<Property> property(String jsonName) {
            return properties.stream().filter(p -> p.jsonName().equals(jsonName)).findFirst();
        }
    }

    /**
     * A property of an object type.
     *
     * @param jsonName snake_case name on the wire
     * @param javaName camelCase name of the record component
     * @param type the property's type
     * @param required listed in {@code required}
     * @param nullable the schema allows {@code null} ({@code type: [X, "null"]})
     * @param description schema description; may be empty
     * @param redacted marked {@code "x-onex-redact": true}: free text (a string, or a free-form object entry by
     *     entry) that the generated codec writes through the SDK's redactor, so secrets never reach the wire
     *     (spec section 6.6)
     */
    record Property(String jsonName, String javaName, SchemaType type, boolean required, boolean nullable,
            String description, boolean redacted) {
        public Property {
            description = description == null ? "" : description;
        }

        /** A property that is not redacted. */
        public Property(String jsonName, String javaName, SchemaType type, boolean required, boolean nullable,
                String description) {
            this(jsonName, javaName, type, required, nullable, description, false);
        }
    }

    /** {@code type: string} with optional format, length and pattern constraints. */
    record StringType(StringFormat format, Integer minLength, Integer maxLength, String pattern, Origin origin)
            implements SchemaType {
        public Optional<String> patternOpt() {
            return Optional.ofNullable(pattern);
        }
    }

    /** {@code type: string} with {@code enum}: becomes a Java enum. */
    record EnumType(String javaName, String description, List<String> values, Origin origin) implements SchemaType {
        public EnumType {
            values = List.copyOf(values);
            description = description == null ? "" : description;
        }
    }

    /** {@code type: integer}: becomes {@code long}; bounds are inclusive, null when absent. */
    record IntegerType(Long minimum, Long maximum, Origin origin) implements SchemaType {
    }

    /**
     * {@code type: number}: becomes {@code double}; bounds are null when absent and inclusive unless flagged
     * exclusive (draft-07 {@code exclusiveMinimum} / {@code exclusiveMaximum}, which integers fold into
     * inclusive bounds but numbers cannot).
     *
     * @param minimum lower bound, or null
     * @param maximum upper bound, or null
     * @param origin declaration site
     * @param minimumExclusive the lower bound itself is not allowed
     * @param maximumExclusive the upper bound itself is not allowed
     */
    record NumberType(BigDecimal minimum, BigDecimal maximum, Origin origin, boolean minimumExclusive,
            boolean maximumExclusive) implements SchemaType {

        /** Inclusive bounds. */
        public NumberType(BigDecimal minimum, BigDecimal maximum, Origin origin) {
            this(minimum, maximum, origin, false, false);
        }
    }

    /** {@code type: boolean}. */
    record BooleanType(Origin origin) implements SchemaType {
    }

    /** {@code type: array}: becomes an unmodifiable {@code List}. */
    record ArrayType(SchemaType items, Integer minItems, Integer maxItems, boolean uniqueItems, Origin origin)
            implements SchemaType {
    }

    /**
     * {@code type: object} without properties whose {@code additionalProperties} is a schema:
     * becomes an unmodifiable {@code Map<String, V>} with insertion order kept.
     */
    record MapType(SchemaType values, Origin origin) implements SchemaType {
    }

    /**
     * Any JSON value ({@code {}} or a type list the generator cannot narrow): becomes {@code Object}
     * holding String, Long, Double, Boolean, List, Map or null. Used for free-form context maps.
     */
    record AnyType(Origin origin) implements SchemaType {
    }
}
