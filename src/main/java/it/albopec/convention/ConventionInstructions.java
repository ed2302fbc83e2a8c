package it.albopec.convention;

import java.util.List;

/**
 * What members of the Order read in one language, as the Order wrote it: the steps in their order (step n is
 * {@code steps().get(n - 1)}) and the warnings (e.g. Foggia's card expiry, Bolzano's "NON cliccare su
 * DISABILITA").
 *
 * @param language ISO language: it, de or en
 * @param version  for optimistic locking when the ADMIN edits the text
 */
public record ConventionInstructions(String language, long version, List<String> steps, List<String> warnings) {

    public ConventionInstructions {
        steps = List.copyOf(steps);
        warnings = List.copyOf(warnings);
    }

    public boolean isEmpty() {
        return steps.isEmpty() && warnings.isEmpty();
    }
}
