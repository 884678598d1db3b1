package io.onex.plugin.compat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Renders a {@link CompatibilityResult}: console lines and a JUnit XML file CI systems show as tests. */
public final class CompatibilityReport {

    /** The JUnit XML file name inside the report directory. */
    public static final String JUNIT_FILE = "TEST-onex-compatibility.xml";

    private CompatibilityReport() {
    }

    /** Every finding, one line each, then the summary. */
    public static List<String> consoleLines(CompatibilityResult result) {
        List<String> lines = new ArrayList<>();
        result.findings().forEach(f -> lines.add(f.format()));
        lines.add(result.summary());
        return lines;
    }

    /**
     * Writes {@value #JUNIT_FILE}: one test case per subject, one failure per finding.
     *
     * @return the file written
     */
    public static Path writeJUnit(CompatibilityResult result, Path directory) throws IOException {
        Files.createDirectories(directory);
        Path file = directory.resolve(JUNIT_FILE);
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", "onex-compatibility");
            xml.writeAttribute("tests", Integer.toString(result.subjects().size()));
            xml.writeAttribute("failures", Long.toString(result.subjects().stream()
                    .filter(s -> !s.findings().isEmpty()).count()));
            xml.writeAttribute("errors", "0");
            xml.writeAttribute("skipped", "0");
            xml.writeCharacters("\n");
            for (CompatibilityResult.Subject subject : result.subjects()) {
                xml.writeCharacters("  ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", "onex.compatibility." + result.level().name());
                xml.writeAttribute("name", subject.name());
                xml.writeAttribute("file", subject.file());
                for (Finding finding : subject.findings()) {
                    xml.writeCharacters("\n    ");
                    xml.writeStartElement("failure");
                    xml.writeAttribute("type", finding.kind());
                    xml.writeAttribute("message", finding.kind() + " at " + (finding.pointer().isEmpty() ? "/"
                            : finding.pointer()) + " [" + finding.source().label() + "]");
                    xml.writeCharacters(finding.format());
                    xml.writeEndElement();
                }
                if (!subject.findings().isEmpty()) {
                    xml.writeCharacters("\n  ");
                }
                xml.writeEndElement();
                xml.writeCharacters("\n");
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file, e);
        }
        return file;
    }
}
