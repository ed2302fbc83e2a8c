package it.albopec.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import it.albopec.base.FiscalCode;
import it.albopec.base.ServiceException;
import it.kamaladafrica.codicefiscale.City;
import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.Person;
import it.kamaladafrica.codicefiscale.city.CityProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Birthplaces as registers and people write them (issue 11, point 1). */
class BirthplacesTest {

    private static final CityProvider CITIES = CityProvider.ofDefault();

    /** A codice fiscale of someone born in the place with this Belfiore code. */
    private static FiscalCode bornIn(String belfiore) {
        return FiscalCode.parse(CodiceFiscale.of(Person.builder().lastname("Rossi").firstname("Anna").isFemale(true)
                .birthDate(LocalDate.of(1980, 5, 17)).city(CITIES.findByBelfiore(belfiore)).build()).getValue());
    }

    @ParameterizedTest(name = "{0} / {1} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # written                      | province   | code of the codice fiscale = expected
            Carmignano                     | PO         | B794
            CARMIGNANO                     | -          | B794
            carmignano                     | Prato      | B794
            Carmignano                     | FI         | B794
            Carmignano                     | Firenze    | B794
            Pesaro                         | PS         | G479
            Carmignano (PO)                | -          | B794
            Forlì                          | -          | D704
            FORLI'                         | FC         | D704
            Forli                          | Forlì      | D704
            Forlì del Sannio               | IS         | D703
            Sant'Agata de' Goti            | -          | I197
            SANT AGATA DE GOTI             | BN         | I197
            SANT'AGATA DE GOTI             | Benevento  | I197
            Bozen                          | -          | A952
            Brixen                         | BZ         | B160
            Meran                          | Bozen      | F132
            Bolzano/Bozen                  | -          | A952
            Völs am Schlern                | -          | D571
            Voels am Schlern               | -          | D571
            Sankt Ulrich                   | -          | G140
            St. Ulrich                     | -          | G140
            Eppan an der Weinstraße        | -          | A332
            EPPAN AN DER WEINSTRASSE       | -          | A332
            Fiè allo Sciliar               | -          | D571
            Castro                         | LE         | M261
            Castro                         | BG         | C337
            Castro                         | -          | M261
            Calliano                       | Trento     | B419
            Gries                          | -          | E174
            Magrè                          | BZ         | E827
            Germania                       | -          | Z112
            GERMANIA                       | EE         | Z112
            Svizzera                       | Estero     | Z133
            Stati Uniti d'America          | -          | Z404
            STATI UNITI D AMERICA          | -          | Z404
            Stati Uniti                    | -          | Z404
            Deutschland                    | -          | Z112
            Repubblica Democratica Tedesca | -          | Z111
            Monaco di Baviera (Germania)   | -          | Z112
            Zurigo                         | Svizzera   | Z133
            Z112                           | -          | Z112
            b794                           | PO         | B794
            G999                           | -          | G999
            """)
    void aBirthplaceAsWrittenResolvesToTheCodeOfTheCodiceFiscale(String written, String province, String code) {
        Birthplace place = Birthplaces.resolve(written, province, bornIn(code));
        assertThat(place.code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} / {1} with a code of {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # written              | province | code   | refusal key                         | message argument
            Prato                  | PO       | B794   | member.birthplace.mismatch          | Carmignano (PO)
            Castro                 | BG       | M261   | member.birthplace.mismatch          | Castro (LE)
            Castro                 | -        | B794   | member.birthplace.mismatch          | Carmignano (PO)
            Germania               | -        | Z133   | member.birthplace.mismatch          | Svizzera
            Bozen                  | -        | B160   | member.birthplace.mismatch          | Bressanone/Brixen (BZ)
            Carmignano             | LU       | B794   | member.birthplace.notInProvince     | Carmignano (PO)
            Atlantide              | -        | B794   | member.birthplace.unknown           | Atlantide
            Carmignano             | XY       | B794   | member.birthplace.unknownProvince   | XY
            Q999                   | -        | B794   | member.birthplace.unknown           | Q999
            Germania               | PO       | Z112   | member.birthplace.notInProvince     | Germania
            Prato                  | EE       | G999   | member.birthplace.notInProvince     | Prato (PO)
            """)
    void aBirthplaceThatDisagreesOrIsUnknownIsRefusedSayingWhy(String written, String province, String code, String key, String argument) {
        assertThatThrownBy(() -> Birthplaces.resolve(written, province, bornIn(code)))
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(List.of(e.arguments()).stream().map(String::valueOf).anyMatch(a -> a.contains(argument)))
                            .as(List.of(e.arguments()).toString()).isTrue();
                });
    }

    @Test
    void theMismatchMessageSaysWhatTheCodeMeans() {
        var e = (ServiceException) org.assertj.core.api.Assertions.catchThrowable(
                () -> Birthplaces.resolve("Prato", "PO", bornIn("B794")));
        assertThat(List.of(e.arguments())).containsExactly("Prato (PO)", bornIn("B794").value(), "Carmignano (PO)");
    }

    @Test
    void homonymsAreAllNamedAndTheProvinceTellsThemApart() {
        assertThat(Birthplaces.named("Castro", null)).extracting(Birthplace::label).containsExactlyInAnyOrder("Castro (BG)", "Castro (LE)");
        assertThat(Birthplaces.named("castro", "Lecce")).extracting(Birthplace::code).containsExactly("M261");
    }

    @Test
    void namesAreShownAsItaliansWriteThem() {
        assertThat(Birthplaces.label("I197")).isEqualTo("Sant'Agata de' Goti (BN)");
        assertThat(Birthplaces.label("D704")).isEqualTo("Forlì (FC)");
        assertThat(Birthplaces.label("A952")).isEqualTo("Bolzano/Bozen (BZ)");
        assertThat(Birthplaces.label("Z404")).isEqualTo("Stati Uniti d'America");
        assertThat(Birthplaces.label("H501")).isEqualTo("Roma (RM)");
        assertThat(Birthplaces.label("F205")).isEqualTo("Milano (MI)");
        assertThat(Birthplaces.titleCase("SOTTO IL MONTE GIOVANNI XXIII")).isEqualTo("Sotto il Monte Giovanni XXIII");
        assertThat(Birthplaces.titleCase("REGGIO NELL'EMILIA")).isEqualTo("Reggio nell'Emilia");
        assertThat(Birthplaces.label("Q999")).isEqualTo("Q999");
    }

    @Test
    void theEditorFindsPlacesByAnyOfTheirNames() {
        assertThat(Birthplaces.search("bozen", 0, 5)).extracting(Birthplace::code).first().isEqualTo("A952");
        assertThat(Birthplaces.search("FORLI'", 0, 5)).extracting(Birthplace::code).startsWith("D704");
        assertThat(Birthplaces.search("sant agata de", 0, 10)).extracting(Birthplace::code).contains("I197");
        assertThat(Birthplaces.search("B794", 0, 1)).extracting(Birthplace::code).containsExactly("B794");
        assertThat(Birthplaces.count("svizz")).isEqualTo(1);
    }

    /** Our own data: the German names of South Tyrol's 116 comuni, each on a comune of province BZ of the library's list. */
    @Test
    void everyComuneOfSouthTyrolHasItsGermanName() throws IOException {
        List<String[]> rows;
        try (InputStream in = Birthplaces.class.getResourceAsStream("/places/south-tyrol-german-names.csv")) {
            rows = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split(";")).toList();
        }
        assertThat(rows).hasSize(116);
        assertThat(rows.stream().map(r -> r[0]).distinct()).hasSize(116);
        assertThat(rows.stream().map(r -> r[2]).distinct()).hasSize(116);
        for (String[] row : rows) {
            City city = CITIES.findByBelfiore(row[0]);
            assertThat(city.getProv()).as(row[0]).isEqualTo("BZ");
            assertThat(city.getName()).as(row[0]).isEqualTo(row[1]);
            assertThat(Birthplaces.named(row[2], "BZ")).as(row[2]).extracting(Birthplace::code).containsExactly(row[0]);
        }
    }
}
