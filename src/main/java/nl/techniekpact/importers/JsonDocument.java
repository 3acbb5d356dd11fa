package nl.techniekpact.importers;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

import nl.techniekpact.importers.ImportError.Code;

/**
 * Streams an OData v3 JSON document ({@code {"value":[{…},…], "odata.nextLink":…}}) row by row, keeping the
 * text position (line, column; 1-based, in characters) of every row and value. Scalars at the top level
 * (such as {@code odata.nextLink}) are returned in {@link Outcome#topLevel()}; nested objects inside a row are
 * kept as cells of token {@code START_OBJECT}/{@code START_ARRAY} without content.
 */
final class JsonDocument {

    /** A scalar: {@code text} for strings (unchanged, padding kept), {@code number} for JSON numbers. */
    record Cell(JsonToken token, String text, BigDecimal number, int line, int column) {

        boolean isNull() {
            return token == JsonToken.VALUE_NULL;
        }
    }

    record Row(int line, int column, Map<String, Cell> cells) {
    }

    /** {@code error} is set when the document is not JSON or has no {@code value} list; rows before it were delivered. */
    record Outcome(Map<String, Cell> topLevel, int rowCount, ImportError error) {
    }

    private static final JsonFactory JSON = new JsonFactory();

    private JsonDocument() {
    }

    static Outcome read(SourceFile file, Consumer<Row> rows) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
        Map<String, Cell> topLevel = new LinkedHashMap<>();
        int count = 0;
        try (Reader reader = new InputStreamReader(file.open(), decoder);
                JsonParser parser = JSON.createParser(ObjectReadContext.empty(), reader)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return new Outcome(topLevel, 0, notADataset(file, parser.currentTokenLocation()));
            }
            boolean sawValue = false;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken token = parser.nextToken();
                if (name.equals("value") && token == JsonToken.START_ARRAY) {
                    sawValue = true;
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        rows.accept(row(parser));
                        count++;
                    }
                } else if (token.isScalarValue()) {
                    topLevel.put(name, cell(parser));
                } else {
                    parser.skipChildren();
                }
            }
            if (!sawValue) {
                return new Outcome(topLevel, count, notADataset(file, parser.currentTokenLocation()));
            }
            return new Outcome(topLevel, count, null);
        } catch (JacksonException e) {
            return new Outcome(topLevel, count, badJson(file, e.getLocation()));
        } catch (NumberTooLarge e) {
            return new Outcome(topLevel, count, badJson(file, e.at));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file.name(), e);
        }
    }

    private static Row row(JsonParser parser) {
        TokenStreamLocation start = parser.currentTokenLocation();
        Map<String, Cell> cells = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken token = parser.nextToken();
            if (token.isScalarValue()) {
                cells.put(name, cell(parser));
            } else {
                TokenStreamLocation at = parser.currentTokenLocation();
                cells.put(name, new Cell(token, null, null, at.getLineNr(), at.getColumnNr()));
                parser.skipChildren();
            }
        }
        return new Row(start.getLineNr(), start.getColumnNr(), cells);
    }

    private static Cell cell(JsonParser parser) {
        TokenStreamLocation at = parser.currentTokenLocation();
        JsonToken token = parser.currentToken();
        String text = token == JsonToken.VALUE_STRING ? parser.getString() : null;
        BigDecimal number = null;
        if (token.isNumeric()) {
            try {
                number = parser.getDecimalValue();
            } catch (NumberFormatException e) {
                throw new NumberTooLarge(at); // beyond Jackson's limits, e.g. an exponent of 50 digits (ParserFuzzTest)
            }
        }
        if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
            text = String.valueOf(token == JsonToken.VALUE_TRUE);
        }
        return new Cell(token, text, number, at.getLineNr(), at.getColumnNr());
    }

    private static ImportError badJson(SourceFile file, TokenStreamLocation at) {
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return ImportError.of(file.name(), line, column, Code.BAD_JSON);
    }

    /** A number no figure can be: its document is not JSON the platform reads. */
    private static final class NumberTooLarge extends RuntimeException {
        private final transient TokenStreamLocation at;

        NumberTooLarge(TokenStreamLocation at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    private static ImportError notADataset(SourceFile file, TokenStreamLocation at) {
        return ImportError.of(file.name(), at == null ? 1 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                Code.NOT_A_DATASET);
    }
}
