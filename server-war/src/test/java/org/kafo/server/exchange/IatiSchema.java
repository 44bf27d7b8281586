package org.kafo.server.exchange;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.SAXException;

/**
 * The official IATI 2.03 activity schema, read offline from the test resources ({@code iati-2.03/}:
 * {@code iati-activities-schema.xsd} with the {@code iati-common.xsd} it includes and the
 * {@code xml.xsd} it imports); the folder's {@code should-pass} documents are its controls.
 */
public final class IatiSchema {

    /** The folder of the schema and its controls on the test class path. */
    static final String FOLDER = "/iati-2.03/";

    private static Schema schema;

    private IatiSchema() {
    }

    private static synchronized Schema schema() throws SAXException {
        if (schema == null) {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            schema = factory.newSchema(resource("iati-activities-schema.xsd"));
        }
        return schema;
    }

    /** @throws SAXException with the first violation, if the document does not validate */
    public static void validate(byte[] document) throws Exception {
        Validator validator = schema().newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(document)));
    }

    /** A file of the folder: the schema, or one of its controls ({@code should-pass-02-minimal-doc.xml}, ...). */
    static URL resource(String name) {
        URL url = IatiSchema.class.getResource(FOLDER + name);
        if (url == null) {
            throw new IllegalStateException("no " + FOLDER + name + " on the test class path");
        }
        return url;
    }

    static byte[] read(String name) throws Exception {
        try (InputStream in = resource(name).openStream()) {
            return in.readAllBytes();
        }
    }
}
