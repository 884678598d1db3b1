package io.onex.plugin.compat;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Renders a {@link CompatibilityResult}: console lines and a JUnit XML report CI systems show as tests. */
public final class CompatibilityReport {

    /** The JUnit XML file name inside the report directory. */
    public static final String JUNIT_FILE = "TEST-onex-compatibility.xml";

    private CompatibilityReport() {
    }

    /** Every finding, one line each. */
    public static List<String> consoleLines(CompatibilityResult result) {
        List<String> lines = new ArrayList<>();
        result.findings().forEach(f -> lines.add(f.format()));
        return lines;
    }

    /** The content of {@value #JUNIT_FILE}: one test case per subject, one failure per finding. */
    public static String junit(CompatibilityResult result) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
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
            // writing to a StringWriter does no I/O; a failure here is a bug
            throw new IllegalStateException("cannot render the JUnit report", e);
        }
        return out.toString();
    }
}
