package nl.techniekpact.system;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Splits the pact's plain texts into paragraphs and bullet lists for rendering (used in templates as
 * {@code @textBlocks.of(text)}). Blank lines separate paragraphs; lines starting with "- " are bullets.
 * Everything stays text: templates print it escaped.
 */
@Component("textBlocks")
public class TextBlocks {

    public record Block(boolean list, List<String> lines) {
        public String text() {
            return String.join(" ", lines);
        }
    }

    public List<Block> of(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return blocks;
        }
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            List<String> bullets = new ArrayList<>();
            List<String> plain = new ArrayList<>();
            for (String line : paragraph.split("\\n")) {
                String trimmed = line.strip();
                if (trimmed.startsWith("- ")) {
                    if (!plain.isEmpty()) {
                        blocks.add(new Block(false, List.copyOf(plain)));
                        plain.clear();
                    }
                    bullets.add(trimmed.substring(2));
                } else if (!bullets.isEmpty() && !trimmed.isEmpty() && line.startsWith("  ")) {
                    bullets.set(bullets.size() - 1, bullets.get(bullets.size() - 1) + " " + trimmed);
                } else if (!trimmed.isEmpty()) {
                    if (!bullets.isEmpty()) {
                        blocks.add(new Block(true, List.copyOf(bullets)));
                        bullets.clear();
                    }
                    plain.add(trimmed);
                }
            }
            if (!plain.isEmpty()) {
                blocks.add(new Block(false, plain));
            }
            if (!bullets.isEmpty()) {
                blocks.add(new Block(true, bullets));
            }
        }
        return blocks;
    }
}
