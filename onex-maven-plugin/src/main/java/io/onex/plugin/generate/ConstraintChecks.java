package io.onex.plugin.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import io.onex.plugin.model.SchemaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.lang.model.element.Modifier;

/**
 * Emits the constraint checks of a schema type as statements for a record's compact
 * constructor. Patterns become precompiled constants of the record.
 */
final class ConstraintChecks {
    private final TypeMapper types;
    private final List<FieldSpec> patternFields = new ArrayList<>();

    ConstraintChecks(TypeMapper types) {
        this.types = types;
    }

    List<FieldSpec> patternFields() {
        return patternFields;
    }

    /**
     * Checks of one value.
     *
     * @param value expression of the (non-null) value
     * @param field expression of the JSON field name or relative pointer (a String)
     * @param constantBase base of pattern constant names
     */
    CodeBlock checks(SchemaType type, CodeBlock value, CodeBlock field, String constantBase) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (type instanceof SchemaType.StringType s) {
            if (s.minLength() != null && s.minLength() > 0) {
                code.addStatement("$T.minLength($L, $L, $L)", Runtime.CHECKS, field, value, s.minLength());
            }
            if (s.maxLength() != null) {
                code.addStatement("$T.maxLength($L, $L, $L)", Runtime.CHECKS, field, value, s.maxLength());
            }
            if (s.pattern() != null) {
                String name = uniquePatternName(constantBase + "_PATTERN");
                patternFields.add(FieldSpec.builder(Pattern.class, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.compile($S)", Pattern.class, s.pattern())
                        .build());
                code.addStatement("$T.pattern($L, $L, $N)", Runtime.CHECKS, field, value, name);
            }
            if (s.format() == SchemaType.StringFormat.URI) {
                code.addStatement("$T.uri($L, $L)", Runtime.CHECKS, field, value);
            }
        } else if (type instanceof SchemaType.IntegerType i) {
            if (i.minimum() != null) {
                code.addStatement("$T.minimum($L, $L, $LL)", Runtime.CHECKS, field, value, i.minimum());
            }
            if (i.maximum() != null) {
                code.addStatement("$T.maximum($L, $L, $LL)", Runtime.CHECKS, field, value, i.maximum());
            }
        } else if (type instanceof SchemaType.NumberType n) {
            if (n.minimum() == null && n.maximum() == null) {
                code.addStatement("$T.finite($L, $L)", Runtime.CHECKS, field, value);
            }
            if (n.minimum() != null) {
                code.addStatement("$T.minimum($L, $L, $L)", Runtime.CHECKS, field, value, doubleLiteral(n.minimum()));
            }
            if (n.maximum() != null) {
                code.addStatement("$T.maximum($L, $L, $L)", Runtime.CHECKS, field, value, doubleLiteral(n.maximum()));
            }
        } else if (type instanceof SchemaType.ArrayType a) {
            if (a.minItems() != null && a.minItems() > 0) {
                code.addStatement("$T.minItems($L, $L, $L)", Runtime.CHECKS, field, value, a.minItems());
            }
            if (a.maxItems() != null) {
                code.addStatement("$T.maxItems($L, $L, $L)", Runtime.CHECKS, field, value, a.maxItems());
            }
            if (a.uniqueItems()) {
                code.addStatement("$T.uniqueItems($L, $L)", Runtime.CHECKS, field, value);
            }
            CodeBlock item = checks(a.items(), CodeBlock.of("$L.get(i)", value), CodeBlock.of("$L + \"/\" + i", field),
                    constantBase + "_ITEMS");
            if (!item.isEmpty()) {
                code.beginControlFlow("for (int i = 0; i < $L.size(); i++)", value).add(item).endControlFlow();
            }
        } else if (type instanceof SchemaType.MapType m) {
            TypeName valueType = types.javaType(m.values()).box();
            CodeBlock item = checks(m.values(), CodeBlock.of("entry.getValue()"),
                    CodeBlock.of("$L + \"/\" + $T.escape(entry.getKey())", field, Runtime.JSON), constantBase + "_VALUES");
            if (!item.isEmpty()) {
                code.beginControlFlow("for ($T.Entry<$T, $T> entry : $L.entrySet())", ClassName.get(Map.class),
                        ClassName.get(String.class), valueType, value)
                        .add(item)
                        .endControlFlow();
            }
        }
        return code.build();
    }

    private String uniquePatternName(String base) {
        String name = base;
        int n = 2;
        while (true) {
            String candidate = name;
            if (patternFields.stream().noneMatch(f -> f.name().equals(candidate))) {
                return candidate;
            }
            name = base + "_" + n++;
        }
    }

    static String doubleLiteral(java.math.BigDecimal value) {
        String s = value.stripTrailingZeros().toPlainString();
        return s.contains(".") ? s : s + ".0";
    }
}
