package nl.techniekpact.charts;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** An SVG string parsed with the JDK's XML parser (so parsing proves it well-formed), with small queries. */
final class SvgDocument {

    static final String SVG_NS = "http://www.w3.org/2000/svg";

    private final Document document;

    private SvgDocument(Document document) {
        this.document = document;
    }

    static SvgDocument parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return new SvgDocument(factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg))));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("Not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    Element root() {
        return document.getDocumentElement();
    }

    /** All SVG elements with this local name, in document order. */
    List<Element> all(String localName) {
        NodeList nodes = document.getElementsByTagNameNS(SVG_NS, localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** Elements with this local name whose {@code class} attribute contains the class. */
    List<Element> withClass(String localName, String cssClass) {
        return all(localName).stream().filter(e -> List.of(e.getAttribute("class").split(" ")).contains(cssClass))
                .toList();
    }

    /** Elements with this local name inside the first {@code <g>} with the class. */
    List<Element> inGroup(String groupClass, String localName) {
        Element group = withClass("g", groupClass).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No group " + groupClass));
        NodeList nodes = group.getElementsByTagNameNS(SVG_NS, localName);
        List<Element> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add((Element) nodes.item(i));
        }
        return result;
    }

    /** The texts of all {@code <text>} elements. */
    List<String> texts() {
        return all("text").stream().map(Node::getTextContent).collect(Collectors.toList());
    }

    /** The text of the element's own {@code <title>} child. */
    static Optional<String> titleOf(Element element) {
        for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element e && e.getLocalName().equals("title")) {
                return Optional.of(e.getTextContent());
            }
        }
        return Optional.empty();
    }

    /** The element with this id. */
    Element byId(String id) {
        return all("*").stream().filter(e -> e.getAttribute("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("No element with id " + id));
    }
}
