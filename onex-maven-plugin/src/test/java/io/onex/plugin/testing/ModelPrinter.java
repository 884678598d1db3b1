package io.onex.plugin.testing;

import io.onex.plugin.model.Catalog;
import io.onex.plugin.model.SchemaType;
import io.onex.plugin.model.Topic;
import java.util.IdentityHashMap;
import java.util.Map;

/** Prints schema types as an indented outline, for tests that compare a model with a reviewed expectation. */
public final class ModelPrinter {

    private ModelPrinter() {
    }

    public static String print(Catalog catalog) {
        StringBuilder sb = new StringBuilder();
        Map<SchemaType, Boolean> printed = new IdentityHashMap<>();
        sb.append("envelope ");
        type(catalog.envelope(), "", sb, printed);
        for (Topic topic : catalog.topics()) {
            sb.append("topic ").append(topic.fullName()).append(" key=").append(topic.keyField())
                    .append(" class=").append(topic.eventClass().yamlName()).append(" payload ");
            type(topic.payload(), "", sb, printed);
        }
        return sb.toString();
    }

    public static String print(SchemaType type) {
        StringBuilder sb = new StringBuilder();
        type(type, "", sb, new IdentityHashMap<>());
        return sb.toString();
    }

    private static void type(SchemaType type, String indent, StringBuilder sb, Map<SchemaType, Boolean> printed) {
        if (type instanceof SchemaType.ObjectType o) {
            sb.append("object ").append(o.javaName()).append(o.closed() ? " closed" : " open");
            if (printed.put(type, true) != null) {
                sb.append(" (see above)\n");
                return;
            }
            sb.append('\n');
            for (SchemaType.Property p : o.properties()) {
                sb.append(indent).append("  ").append(p.jsonName()).append(" -> ").append(p.javaName())
                        .append(p.required() ? " required" : " optional").append(p.nullable() ? " nullable" : "")
                        .append(p.redacted() ? " redacted" : "").append(": ");
                type(p.type(), indent + "  ", sb, printed);
            }
        } else if (type instanceof SchemaType.EnumType e) {
            sb.append("enum ").append(e.javaName()).append(' ').append(e.values()).append('\n');
        } else if (type instanceof SchemaType.StringType s) {
            sb.append("string");
            if (s.format() != SchemaType.StringFormat.NONE) {
                sb.append(" format=").append(s.format());
            }
            if (s.minLength() != null) {
                sb.append(" minLength=").append(s.minLength());
            }
            if (s.maxLength() != null) {
                sb.append(" maxLength=").append(s.maxLength());
            }
            if (s.pattern() != null) {
                sb.append(" pattern=").append(s.pattern());
            }
            sb.append('\n');
        } else if (type instanceof SchemaType.IntegerType i) {
            sb.append("integer").append(i.minimum() != null ? " min=" + i.minimum() : "")
                    .append(i.maximum() != null ? " max=" + i.maximum() : "").append('\n');
        } else if (type instanceof SchemaType.NumberType n) {
            sb.append("number").append(n.minimum() != null ? (n.minimumExclusive() ? " min>" : " min=")
                    + n.minimum().toPlainString() : "")
                    .append(n.maximum() != null ? (n.maximumExclusive() ? " max<" : " max=")
                            + n.maximum().toPlainString() : "").append('\n');
        } else if (type instanceof SchemaType.BooleanType) {
            sb.append("boolean\n");
        } else if (type instanceof SchemaType.ArrayType a) {
            sb.append("array").append(a.minItems() != null ? " minItems=" + a.minItems() : "")
                    .append(a.maxItems() != null ? " maxItems=" + a.maxItems() : "")
                    .append(a.uniqueItems() ? " unique" : "").append(" of ");
            type(a.items(), indent + "  ", sb, printed);
        } else if (type instanceof SchemaType.MapType m) {
            sb.append("map of ");
            type(m.values(), indent + "  ", sb, printed);
        } else {
            sb.append("any\n");
        }
    }
}
