package it.albopec.member;

import java.time.LocalDate;

import it.kamaladafrica.codicefiscale.CodiceFiscale;
import it.kamaladafrica.codicefiscale.Person;
import it.kamaladafrica.codicefiscale.city.CityProvider;

/** Valid member forms for tests: the codice fiscale is computed from the person's data. */
final class MemberForms {

    private static final CityProvider CITIES = CityProvider.ofDefault();

    private MemberForms() {}

    static MemberForm medico(String surname, String givenName, boolean female, LocalDate born, String belfiore, String number) {
        var form = new MemberForm();
        form.setFiscalCode(CodiceFiscale.of(Person.builder().lastname(surname).firstname(givenName).isFemale(female).birthDate(born)
                .city(CITIES.findByBelfiore(belfiore)).build()).getValue());
        form.setSurname(surname);
        form.setGivenName(givenName);
        form.setSex(Sex.of(female));
        form.setBirthDate(born);
        form.setBirthplaceCode(belfiore);
        form.setEmail(givenName.toLowerCase().replaceAll("[^a-z]", "") + "@example.org");
        form.setMediciChirurghiNumber(number);
        form.setMediciChirurghiDate(born.plusYears(27));
        return form;
    }
}
