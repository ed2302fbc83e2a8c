package it.albopec.testsupport;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import it.albopec.member.MemberForm;
import it.albopec.member.Sex;
import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.Person;
import it.kamaladafrica.codicefiscale.city.CityProvider;

/** Valid new members for tests of any module: the codice fiscale is computed from the person's data. */
public final class TestMembers {

    private static final CityProvider CITIES = CityProvider.ofDefault();
    private static final AtomicInteger NEXT = new AtomicInteger(1);

    private TestMembers() {}

    /** A physician registered on the given day; each call gives a different person. */
    public static MemberForm physician(String surname, String givenName, LocalDate registeredOn) {
        int n = NEXT.getAndIncrement();
        LocalDate born = LocalDate.of(1960, 1, 1).plusDays(n * 37L);
        var form = new MemberForm();
        form.setFiscalCode(CodiceFiscale.of(Person.builder().lastname(surname).firstname(givenName).isFemale(false).birthDate(born)
                .city(CITIES.findByBelfiore("G999")).build()).getValue());
        form.setSurname(surname);
        form.setGivenName(givenName);
        form.setSex(Sex.of(false));
        form.setBirthDate(born);
        form.setBirthplaceCode("G999");
        form.setMediciChirurghiNumber("T" + (90000 + n));
        form.setMediciChirurghiDate(registeredOn);
        return form;
    }
}
