package it.albopec.member;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import it.albopec.base.FiscalCode;
import it.albopec.base.ServiceException;
import it.kamaladafrica.codicefiscale.City;
import it.kamaladafrica.codicefiscale.city.CityProvider;

/**
 * Birthplaces as people write them in a register or type them in the editor, turned into the Belfiore code the
 * register stores (issue 11): the comune's name in any case, with or without accents, apostrophes, hyphens and spaces
 * ("Forlì", "FORLI'", "Sant'Agata de' Goti", "SANT AGATA DE GOTI"), the German names of South Tyrol's comuni ("Bozen",
 * "Brixen"), comuni merged or abolished since (the codice-fiscale library's list keeps them), foreign countries by
 * their Italian name ("Germania", "Stati Uniti d'America") and any place by its Belfiore code. A province (sigla or
 * name, "EE" for abroad), in its own column or in brackets after the name, tells apart comuni with the same name —
 * the province of today or the one the comune belonged to before its province was created ("Carmignano (FI)" for
 * someone born before 1992); the codice fiscale then says which of the places so named is the person's.
 * <p>
 * Data: the library's list of comuni and foreign countries ({@code it.kamaladafrica:codice-fiscale}, from ISTAT and
 * the Agenzia delle Entrate), and ours in {@code places/}: the German names of South Tyrol's 116 comuni, the province
 * siglas and names, a few other names of foreign countries.
 */
public final class Birthplaces {

    public static final String UNKNOWN = "member.birthplace.unknown";
    public static final String UNKNOWN_PROVINCE = "member.birthplace.unknownProvince";
    public static final String NOT_IN_PROVINCE = "member.birthplace.notInProvince";
    public static final String MISMATCH = "member.birthplace.mismatch";

    private static final Pattern BELFIORE = Pattern.compile("[A-Za-z]\\d{3}");
    /** "Carmignano (PO)", "Zurigo (Svizzera)": the province or country in brackets after the name. */
    private static final Pattern NAME_AND_PROVINCE = Pattern.compile("(.+?)\\s*\\(([^()]+)\\)\\s*");
    private static final String ABROAD = "EE";

    private Birthplaces() {}

    /** The place of a Belfiore code (any case), if the list knows it. */
    public static Optional<Birthplace> byCode(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(Data.BY_CODE.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** "Carmignano (PO)" for B794; the code itself when the list does not know it; empty for none. */
    public static String label(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return byCode(code).map(Birthplace::label).orElse(code);
    }

    /**
     * The places a register's birthplace (and optional province) can mean: one, or several comuni of that name.
     *
     * @param written  the comune or country as written, or its Belfiore code; "Name (PR)" carries its own province
     * @param province sigla ("PO"), name ("Prato", "Bozen") or "EE"/"Estero"; null or blank for none
     * @throws ServiceException {@link #UNKNOWN}, {@link #UNKNOWN_PROVINCE} or {@link #NOT_IN_PROVINCE}, with what was written
     */
    public static List<Birthplace> named(String written, String province) {
        Written w = Written.of(written, province);
        List<Birthplace> byName = w.place.isEmpty() ? List.of()
                : BELFIORE.matcher(w.place).matches() ? byCode(w.place).stream().toList()
                : Data.BY_NAME.getOrDefault(key(w.place), List.of());
        if (w.province == null) {
            if (byName.isEmpty()) {
                throw new ServiceException(UNKNOWN, w.place);
            }
            return byName;
        }
        Set<String> siglas = Data.PROVINCES.get(key(w.province));
        if (byName.isEmpty()) {
            // "Monaco di Baviera (Germania)": a foreign town, and its country is what the codice fiscale holds
            List<Birthplace> country = Data.BY_NAME.getOrDefault(key(w.province), List.of()).stream().filter(Birthplace::abroad).toList();
            if (!country.isEmpty() && siglas == null) {
                return country;
            }
            throw new ServiceException(UNKNOWN, w.place);
        }
        if (siglas == null) {
            throw new ServiceException(UNKNOWN_PROVINCE, w.province);
        }
        List<Birthplace> inProvince = byName.stream().filter(p -> p.abroad() ? siglas.contains(ABROAD)
                : siglas.contains(p.province()) || Data.FORMER_PROVINCES.getOrDefault(p.province(), Set.of()).stream().anyMatch(siglas::contains))
                .toList();
        if (inProvince.isEmpty()) {
            throw new ServiceException(NOT_IN_PROVINCE, w.place, w.province, labels(byName));
        }
        return inProvince;
    }

    /**
     * The birthplace as written, checked against the codice fiscale: the place it names that is the code's.
     *
     * @throws ServiceException {@link #MISMATCH} with what was written, the code and what the code indicates
     *                          ("il codice fiscale indica Carmignano (PO)"), or a refusal of {@link #named}
     */
    public static Birthplace resolve(String written, String province, FiscalCode code) {
        List<Birthplace> places = named(written, province);
        String expected = code.birthplaceCode();
        return places.stream().filter(p -> p.code().equals(expected)).findFirst()
                .orElseThrow(() -> new ServiceException(MISMATCH, Written.of(written, province).label(), code.value(), label(expected)));
    }

    /**
     * Places whose name (Italian, German, other) contains what was typed, compared as {@link #named} compares: the
     * exact names first, then those starting so, then the others; for the editor's lazy list.
     */
    public static List<Birthplace> search(String typed, int offset, int limit) {
        return matches(typed).stream().skip(offset).limit(limit).toList();
    }

    public static int count(String typed) {
        return matches(typed).size();
    }

    private static List<Birthplace> matches(String typed) {
        String k = key(typed == null ? "" : typed);
        var rank = new HashMap<Birthplace, Integer>();
        for (Map.Entry<String, List<Birthplace>> e : Data.BY_NAME.entrySet()) {
            String name = e.getKey();
            int r = name.equals(k) ? 0 : name.startsWith(k) ? 1 : name.contains(k) ? 2 : -1;
            if (r >= 0) {
                e.getValue().forEach(p -> rank.merge(p, r, Math::min));
            }
        }
        Birthplace exactCode = BELFIORE.matcher(k).matches() ? Data.BY_CODE.get(k.toUpperCase(Locale.ROOT)) : null;
        if (exactCode != null) {
            rank.put(exactCode, -1);
        }
        return rank.keySet().stream()
                .sorted(Comparator.comparing((Birthplace p) -> rank.get(p)).thenComparing(Birthplace::label, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The comparable form of a name: lower case letters and digits only, accents dropped, "Sankt" as "St". */
    static String key(String text) {
        String key = KEYS.get(text);
        if (key == null) {
            String lower = text.toLowerCase(Locale.ROOT).replace("ß", "ss");
            String plain = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
            key = NOT_KEY.matcher(SANKT.matcher(plain).replaceAll("st")).replaceAll("");
            if (KEYS.size() >= KEYS_CACHED) {
                KEYS.clear(); // a bound, not an LRU: an import's rows repeat a few thousand places
            }
            KEYS.put(text, key);
        }
        return key;
    }

    /** Keys of texts already seen: an import compares each row's birthplace and province (regexes and Unicode normalisation). */
    private static final int KEYS_CACHED = 10_000;
    private static final Map<String, String> KEYS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern SANKT = Pattern.compile("\\bsankt\\b");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]");

    /** A name of the list (upper case) as Italians write it: "SANT'AGATA DE' GOTI" → "Sant'Agata de' Goti". */
    static String titleCase(String upper) {
        var out = new StringBuilder(upper.length());
        Matcher words = WORDS.matcher(upper.toLowerCase(Locale.ITALIAN));
        boolean first = true;
        while (words.find()) {
            String w = words.group();
            if (!Character.isLetter(w.charAt(0))) {
                out.append(w);
                continue;
            }
            if (ROMAN.matcher(w).matches() && w.length() > 1 && !PARTICLES.contains(w)) {
                out.append(w.toUpperCase(Locale.ROOT));
            } else if (!first && PARTICLES.contains(w)) {
                out.append(w);
            } else {
                out.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            }
            first = false;
        }
        return out.toString();
    }

    private static final Pattern WORDS = Pattern.compile("\\p{L}+|[^\\p{L}]+");
    private static final Pattern ROMAN = Pattern.compile("x{0,3}(ix|iv|v?i{0,3})");
    private static final Set<String> PARTICLES = Set.of("a", "ad", "al", "all", "alla", "alle", "allo", "ai", "agli", "d", "da", "dal",
            "dall", "dalla", "dalle", "dai", "de", "dei", "degli", "del", "dell", "della", "delle", "dello", "di", "e", "ed", "in", "nel",
            "nell", "nella", "nelle", "nello", "sul", "sull", "sulla", "sulle", "sullo", "su", "con", "per", "tra", "fra", "il", "la",
            "lo", "le", "i", "gli", "l", "sopra", "sotto");

    private static String labels(List<Birthplace> places) {
        return String.join(", ", places.stream().map(Birthplace::label).toList());
    }

    /** The place and province as written, the province taken from brackets after the name when there is no other. */
    private record Written(String place, String province) {

        static Written of(String written, String province) {
            String place = written == null ? "" : written.replace('\u00A0', ' ').strip();
            String prov = province == null || province.isBlank() ? null : province.replace('\u00A0', ' ').strip();
            Matcher m = NAME_AND_PROVINCE.matcher(place);
            String inBrackets = m.matches() ? key(m.group(2)) : "";
            if (m.matches() && (Data.PROVINCES.containsKey(inBrackets) || (prov == null && Data.BY_NAME.containsKey(inBrackets)))) {
                place = m.group(1);
                prov = prov == null ? m.group(2).strip() : prov;
            }
            return new Written(place, prov);
        }

        String label() {
            return province == null ? place : place + " (" + province + ")";
        }
    }

    /** The lists, read once on first use. */
    private static final class Data {
        static final Map<String, Birthplace> BY_CODE = new LinkedHashMap<>();
        static final Map<String, List<Birthplace>> BY_NAME = new HashMap<>();
        static final Map<String, Set<String>> PROVINCES = new HashMap<>();
        /** A province's sigla → the siglas of the provinces its comuni belonged to before it was created. */
        static final Map<String, Set<String>> FORMER_PROVINCES = new HashMap<>();

        static {
            Map<String, String> german = new HashMap<>();
            read("/places/south-tyrol-german-names.csv", f -> german.put(f[0], f[2]));
            Map<String, String> countryNames = new HashMap<>();
            Map<String, String> englishNames = new HashMap<>();
            Consumer<String[]> country = f -> {
                if (f.length > 9 && f[9].matches("Z\\d{3}")) {
                    countryNames.put(f[9], f[6]);
                    englishNames.put(f[7], f[9]);
                }
            };
            read("/it/kamaladafrica/codicefiscale/city/impl/esteri.csv", country);
            read("/it/kamaladafrica/codicefiscale/city/impl/esteri-cessati.csv", country);
            for (City city : CityProvider.ofDefault().findAll()) {
                String code = city.getBelfiore();
                boolean abroad = code.startsWith("Z");
                String italian = abroad ? countryNames.getOrDefault(code, titleCase(city.getName())) : titleCase(city.getName());
                String other = german.get(code);
                var place = new Birthplace(code, other == null ? italian : italian + "/" + other, abroad ? null : city.getProv());
                BY_CODE.put(code, place);
                index(city.getName(), place);
                index(place.name(), place);
                if (other != null) {
                    index(other, place);
                    // "Völs" is also written "Voels"
                    index(other.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue"), place);
                }
            }
            englishNames.forEach((name, code) -> {
                if (BY_CODE.containsKey(code)) {
                    index(name, BY_CODE.get(code));
                }
            });
            read("/places/country-aliases.csv", f -> index(f[0], BY_CODE.get(f[1])));
            read("/places/provinces.csv", f -> {
                PROVINCES.computeIfAbsent(key(f[0]), k -> new LinkedHashSet<>()).add(f[0]);
                for (String name : f[1].split("\\|")) {
                    PROVINCES.computeIfAbsent(key(name), k -> new LinkedHashSet<>()).add(f[0]);
                }
                if (f.length > 2 && !f[2].isBlank()) {
                    FORMER_PROVINCES.put(f[0], Set.of(f[2].split("\\|")));
                }
            });
        }

        private static void index(String name, Birthplace place) {
            if (place == null) {
                throw new IllegalStateException("A name of places/ for a code the list does not know: " + name);
            }
            List<Birthplace> places = BY_NAME.computeIfAbsent(key(name), k -> new ArrayList<>());
            if (!places.contains(place)) {
                places.add(place);
            }
        }

        /** The lines of a ';'-separated file, without its header and # comments. */
        private static void read(String resource, Consumer<String[]> line) {
            try (InputStream in = Birthplaces.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Missing " + resource);
                }
                var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                boolean header = !resource.startsWith("/places/");
                for (String l = reader.readLine(); l != null; l = reader.readLine()) {
                    if (header) {
                        header = false;
                    } else if (!l.isBlank() && !l.startsWith("#")) {
                        line.accept(l.split(";", -1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
