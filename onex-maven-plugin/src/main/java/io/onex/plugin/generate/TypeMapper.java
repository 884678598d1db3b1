package io.onex.plugin.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import io.onex.plugin.model.SchemaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Maps schema types to Java types, the one place that decides how JSON looks in Java. */
public final class TypeMapper {
    private final String catalogPackage;

    public TypeMapper(String catalogPackage) {
        this.catalogPackage = catalogPackage;
    }

    /** The Java type of a property; primitives only where the value is always present. */
    public TypeName javaType(SchemaType.Property property) {
        TypeName t = javaType(property.type());
        return property.required() && !property.nullable() ? t : t.box();
    }

    /** The Java type of a schema type, primitive for integer, number and boolean. */
    public TypeName javaType(SchemaType type) {
        if (type instanceof SchemaType.StringType s) {
            return switch (s.format()) {
                case UUID -> ClassName.get(UUID.class);
                case DATE_TIME -> ClassName.get(Instant.class);
                case URI, NONE -> ClassName.get(String.class);
            };
        }
        if (type instanceof SchemaType.EnumType e) {
            return ClassName.get(catalogPackage, e.javaName());
        }
        if (type instanceof SchemaType.IntegerType) {
            return TypeName.LONG;
        }
        if (type instanceof SchemaType.NumberType) {
            return TypeName.DOUBLE;
        }
        if (type instanceof SchemaType.BooleanType) {
            return TypeName.BOOLEAN;
        }
        if (type instanceof SchemaType.ArrayType a) {
            return ParameterizedTypeName.get(ClassName.get(List.class), javaType(a.items()).box());
        }
        if (type instanceof SchemaType.MapType m) {
            return ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), javaType(m.values()).box());
        }
        if (type instanceof SchemaType.ObjectType o) {
            return ClassName.get(catalogPackage, o.javaName());
        }
        return ClassName.get(Object.class);
    }

    public ClassName recordClass(SchemaType.ObjectType type) {
        return ClassName.get(catalogPackage, type.javaName());
    }

    public ClassName codecClass(SchemaType.ObjectType type) {
        return ClassName.get(catalogPackage, type.javaName() + "Codec");
    }

    public String catalogPackage() {
        return catalogPackage;
    }
}
