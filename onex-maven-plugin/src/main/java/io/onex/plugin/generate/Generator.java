package io.onex.plugin.generate;

import com.palantir.javapoet.JavaFile;
import java.util.stream.Stream;

/** One kind of output. Generators are pure: the same model gives the same files. */
public interface Generator {
    Stream<JavaFile> generate(GenerationModel model);
}
