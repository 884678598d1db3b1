package io.onex.plugin.core;

import io.onex.plugin.model.Diagnostic;
import io.onex.plugin.model.SourceLocation;
import io.onex.plugin.validate.Checked;
import io.onex.plugin.validate.FieldRule;
import io.onex.plugin.validate.SchemaDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Loads a plain folder of JSON Schemas that no catalog names (a folder on disk or inside a jar): every
 * {@code *.json} file below it, by its relative path, made self-contained by the same reference resolution as
 * catalog schemas, so a bad {@code $ref} gets the same located diagnostic.
 */
public final class SchemaFolderLoader {

    private SchemaFolderLoader() {
    }

    /**
     * @param folder the folder; it may lie in a jar opened as a zip file system
     * @param displayBase files below it are shown relative to it in diagnostics; may be null
     * @return the documents by '/'-separated relative path, sorted (null on errors), every diagnostic, every file read
     */
    public static Loaded<SchemaDocuments> load(Path folder, Path displayBase) {
        String shown = RecordingSourceTree.display(folder, displayBase);
        if (!Files.isDirectory(folder)) {
            return new Loaded<>(null, List.of(Diagnostic.error(SourceLocation.of(shown), "", FieldRule.INPUT_FILE.id(),
                    "the schema folder " + shown + " does not exist")), List.of());
        }
        List<String> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().endsWith(".json"))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            return new Loaded<>(null, List.of(Diagnostic.error(SourceLocation.of(shown), "", FieldRule.INPUT_FILE.id(),
                    "cannot list the schema folder " + shown + ": " + e.getMessage())), List.of());
        }
        RecordingSourceTree tree = new RecordingSourceTree(new CatalogSource.Directory(folder), displayBase);
        Checked<SchemaDocuments> checked = SchemaDocuments.inline(tree, files);
        return new Loaded<>(checked.value(), checked.diagnostics(), tree.inputs());
    }
}
