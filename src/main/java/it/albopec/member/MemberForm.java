package it.albopec.member;

import it.albopec.base.PlainText;
import java.time.LocalDate;
import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

/**
 * What a user (or an import row) gives to create or change a member. A section is held when its registration
 * number is filled in; its registration date is then required. The status is not here: it changes only
 * through the status actions.
 */
public class MemberForm {

    @NotBlank @Size(max = 16)
    private String fiscalCode;
    @NotBlank @Size(max = 100)
    @PlainText
    private String surname;
    @NotBlank @Size(max = 100)
    @PlainText
    private String givenName;
    @NotNull
    private Sex sex;
    @NotNull @Past
    private LocalDate birthDate;
    /** As written: the comune's or country's name (any case, accents or none, German for South Tyrol) or its Belfiore code. */
    @NotBlank @Size(max = 100)
    @PlainText
    private String birthplace;
    /** Optional: the province's sigla or name ("EE" for abroad), to tell apart comuni of the same name. */
    @Size(max = 60)
    @PlainText
    private String birthplaceProvince;
    /** The Belfiore code when the birthplace is given by its code (the editor); {@link MemberCheck} resolves a name. */
    private String birthplaceCode;
    @Email @Size(max = 254)
    @PlainText
    private String email;
    @Size(max = 40)
    @PlainText
    private String phone;
    @Size(max = 20)
    @PlainText
    private String mediciChirurghiNumber;
    private LocalDate mediciChirurghiDate;
    @Size(max = 20)
    @PlainText
    private String odontoiatriNumber;
    private LocalDate odontoiatriDate;

    public static MemberForm of(MemberDetails member) {
        var form = new MemberForm();
        form.fiscalCode = member.fiscalCode();
        form.surname = member.surname();
        form.givenName = member.givenName();
        form.sex = member.sex();
        form.birthDate = member.birthDate();
        form.setBirthplaceCode(member.birthplaceCode());
        form.email = member.email();
        form.phone = member.phone();
        form.mediciChirurghiNumber = member.mediciChirurghiNumber();
        form.mediciChirurghiDate = member.mediciChirurghiDate();
        form.odontoiatriNumber = member.odontoiatriNumber();
        form.odontoiatriDate = member.odontoiatriDate();
        return form;
    }

    public String getFiscalCode() { return fiscalCode; }
    public void setFiscalCode(String fiscalCode) { this.fiscalCode = fiscalCode == null ? null : it.albopec.base.FiscalCode.normalize(fiscalCode); }
    public String getSurname() { return surname; }
    public void setSurname(String surname) { this.surname = trim(surname); }
    public String getGivenName() { return givenName; }
    public void setGivenName(String givenName) { this.givenName = trim(givenName); }
    public Sex getSex() { return sex; }
    public void setSex(Sex sex) { this.sex = sex; }
    public LocalDate getBirthDate() { return birthDate; }
    public void setBirthDate(LocalDate birthDate) { this.birthDate = birthDate; }
    public String getBirthplace() { return birthplace; }
    /** The birthplace as written; {@link MemberCheck} resolves it against the codice fiscale. */
    public void setBirthplace(String birthplace) {
        this.birthplace = trim(birthplace);
        this.birthplaceCode = null;
    }
    public String getBirthplaceProvince() { return birthplaceProvince; }
    public void setBirthplaceProvince(String province) {
        this.birthplaceProvince = trim(province);
        this.birthplaceCode = null;
    }
    /** The Belfiore code given with {@link #setBirthplaceCode}; null for a birthplace written by name. */
    public String getBirthplaceCode() { return birthplaceCode; }
    /** The birthplace given by its Belfiore code (as the editor and the register hold it). */
    public void setBirthplaceCode(String birthplaceCode) {
        this.birthplaceCode = birthplaceCode == null ? null : birthplaceCode.trim().toUpperCase(Locale.ROOT);
        this.birthplace = this.birthplaceCode;
        this.birthplaceProvince = null;
    }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = trim(email); }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = trim(phone); }
    public String getMediciChirurghiNumber() { return mediciChirurghiNumber; }
    public void setMediciChirurghiNumber(String number) { this.mediciChirurghiNumber = trim(number); }
    public LocalDate getMediciChirurghiDate() { return mediciChirurghiDate; }
    public void setMediciChirurghiDate(LocalDate date) { this.mediciChirurghiDate = date; }
    public String getOdontoiatriNumber() { return odontoiatriNumber; }
    public void setOdontoiatriNumber(String number) { this.odontoiatriNumber = trim(number); }
    public LocalDate getOdontoiatriDate() { return odontoiatriDate; }
    public void setOdontoiatriDate(LocalDate date) { this.odontoiatriDate = date; }

    /** Blank becomes null, so that "no e-mail" is stored one way only. */
    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
