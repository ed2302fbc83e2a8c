package it.albopec.convention;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The instructions of a convention in one language. Steps and warnings are kept as the ADMIN edits them:
 * paragraphs separated by an empty line, a paragraph being one step (which may span several lines, like
 * Prato's step 7 with its two e-mails).
 */
@Entity
@Table(name = "convention_instructions")
class ConventionText {

    static final String PARAGRAPH_BREAK = "\n\n";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "convention_id", nullable = false, updatable = false)
    private Convention convention;

    @Column(nullable = false, length = 2, updatable = false)
    private String language;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String steps = "";

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String warnings = "";

    protected ConventionText() {}

    ConventionText(Convention convention, String language) {
        this.convention = convention;
        this.language = language;
    }

    void write(List<String> steps, List<String> warnings) {
        this.steps = String.join(PARAGRAPH_BREAK, steps);
        this.warnings = String.join(PARAGRAPH_BREAK, warnings);
    }

    String getLanguage() { return language; }
    long getVersion() { return version; }
    String getSteps() { return steps; }
    String getWarnings() { return warnings; }

    ConventionInstructions toInstructions() {
        return new ConventionInstructions(language, version, paragraphs(steps), paragraphs(warnings));
    }

    /** Splits a text into its paragraphs: blocks separated by at least one empty line. */
    static List<String> paragraphs(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.replace("\r\n", "\n").split("\\n\\s*\\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
