package dk.sikkerby.indberetning.service.importer;

import java.util.List;

/** The file as lines of text (line breaks removed), with the encoding and line breaks it was read with. */
record DecodedText(List<String> lines, TextEncoding encoding, LineEnding lineEnding) {

    DecodedText {
        lines = List.copyOf(lines);
    }
}
