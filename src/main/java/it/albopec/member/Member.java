package it.albopec.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import it.albopec.audit.FieldChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person on the register of one Order ({@code orderId}, the tenant). */
@Entity
@Table(name = "member")
class Member {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "fiscal_code", nullable = false, length = 16)
    private String fiscalCode;
    @Column(nullable = false, length = 100)
    private String surname;
    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Sex sex;
    @Column(name = "birth_date", nullable = false)
    private LocalDate birthDate;
    @Column(name = "birthplace_code", nullable = false, length = 4)
    private String birthplaceCode;
    @Column(name = "birthplace_name", length = 100)
    private String birthplaceName;
    @Column(length = 254)
    private String email;
    @Column(length = 40)
    private String phone;

    @Column(name = "medici_number", length = 20)
    private String mediciChirurghiNumber;
    @Column(name = "medici_date")
    private LocalDate mediciChirurghiDate;
    @Column(name = "odontoiatri_number", length = 20)
    private String odontoiatriNumber;
    @Column(name = "odontoiatri_date")
    private LocalDate odontoiatriDate;
    /** The earliest registration date of the sections, kept for filtering and for other modules. */
    @Column(name = "registration_date", nullable = false)
    private LocalDate registrationDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberStatus status = MemberStatus.ACTIVE;
    @Column(name = "status_date", nullable = false)
    private LocalDate statusDate;
    @Column(name = "status_reason", length = 500)
    private String statusReason;
    @Column(name = "destination_order", length = 200)
    private String destinationOrder;

    protected Member() {}

    Member(long orderId) {
        this.orderId = orderId;
    }

    /** Takes the form's values (already validated) and returns what changed, for the audit log. */
    List<FieldChange> apply(MemberForm form, String birthplaceName) {
        var changes = MemberFields.diff(id == null ? new MemberForm() : toForm(), form);
        assign(form, birthplaceName);
        return changes;
    }

    /** Takes the form's values (already validated) without comparing them: a chunk write that knows its differences. */
    void assign(MemberForm form, String birthplaceName) {
        fiscalCode = form.getFiscalCode();
        surname = form.getSurname();
        givenName = form.getGivenName();
        sex = form.getSex();
        birthDate = form.getBirthDate();
        birthplaceCode = form.getBirthplaceCode();
        this.birthplaceName = birthplaceName;
        email = form.getEmail();
        phone = form.getPhone();
        mediciChirurghiNumber = form.getMediciChirurghiNumber();
        mediciChirurghiDate = MemberFields.sectionDate(mediciChirurghiNumber, form.getMediciChirurghiDate());
        odontoiatriNumber = form.getOdontoiatriNumber();
        odontoiatriDate = MemberFields.sectionDate(odontoiatriNumber, form.getOdontoiatriDate());
        registrationDate = Stream.of(mediciChirurghiDate, odontoiatriDate).filter(Objects::nonNull).min(LocalDate::compareTo).orElseThrow();
        if (statusDate == null) {
            statusDate = registrationDate;
        }
    }

    private MemberForm toForm() {
        var form = new MemberForm();
        form.setFiscalCode(fiscalCode);
        form.setSurname(surname);
        form.setGivenName(givenName);
        form.setSex(sex);
        form.setBirthDate(birthDate);
        form.setBirthplaceCode(birthplaceCode);
        form.setEmail(email);
        form.setPhone(phone);
        form.setMediciChirurghiNumber(mediciChirurghiNumber);
        form.setMediciChirurghiDate(mediciChirurghiDate);
        form.setOdontoiatriNumber(odontoiatriNumber);
        form.setOdontoiatriDate(odontoiatriDate);
        return form;
    }

    /** Moves the member to the action's status; returns what changed. */
    List<FieldChange> changeStatus(StatusAction action, LocalDate effectiveDate, String reason, String destination) {
        String newDestination = action == StatusAction.TRANSFER ? destination : null;
        var changes = FieldChange.builder()
                .compare("status", status, action.target())
                .compare("statusDate", statusDate, effectiveDate)
                .compare("statusReason", statusReason, reason)
                .compare("destinationOrder", destinationOrder, newDestination)
                .build();
        status = action.target();
        statusDate = effectiveDate;
        statusReason = reason;
        destinationOrder = newDestination;
        return changes;
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    long getOrderId() { return orderId; }
    String getFiscalCode() { return fiscalCode; }
    MemberStatus getStatus() { return status; }
    String getSurname() { return surname; }
    String getGivenName() { return givenName; }
    Sex getSex() { return sex; }
    LocalDate getBirthDate() { return birthDate; }
    String getBirthplaceCode() { return birthplaceCode; }
    String getBirthplaceName() { return birthplaceName; }
    String getEmail() { return email; }
    /** The member corrects their own contact details on their page (the rest of the record is the Order's). */
    void setContact(String email, String phone) { this.email = email; this.phone = phone; }
    String getPhone() { return phone; }
    String getMediciChirurghiNumber() { return mediciChirurghiNumber; }
    LocalDate getMediciChirurghiDate() { return mediciChirurghiDate; }
    String getOdontoiatriNumber() { return odontoiatriNumber; }
    LocalDate getOdontoiatriDate() { return odontoiatriDate; }
    LocalDate getRegistrationDate() { return registrationDate; }
    LocalDate getStatusDate() { return statusDate; }
}
