package it.albopec.compliance;

import java.time.LocalDate;

import it.albopec.base.ServiceException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * The Order's case against one member without a valid PEC. Each method is one step; a step not allowed from the
 * current one (a skipped step, or one already made) is refused with both names, and nothing changes.
 */
@Entity
@Table(name = "compliance_case")
class ComplianceCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    @Column(name = "member_id", nullable = false)
    private long memberId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStep step;

    @Column(name = "step_since", nullable = false)
    private LocalDate stepSince;

    @Column(name = "letter_language", nullable = false)
    private String letterLanguage;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "notice_deadline")
    private LocalDate noticeDeadline;

    @Column(name = "council_meeting_id")
    private Long councilMeetingId;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    protected ComplianceCase() {}

    /** The reminder opens the case. */
    static ComplianceCase open(long orderId, long memberId, String letterLanguage, LocalDate on) {
        var c = new ComplianceCase();
        c.orderId = orderId;
        c.memberId = memberId;
        c.letterLanguage = letterLanguage;
        c.openedOn = on;
        c.step = CaseStep.REMINDER_SENT;
        c.stepSince = on;
        return c;
    }

    /** The formal notice (diffida): the member has {@value CaseStep#NOTICE_DAYS} days from today. */
    Move sendNotice(LocalDate on) {
        require(CaseStep.NOTICE_SENT);
        noticeDeadline = on.plusDays(CaseStep.NOTICE_DAYS);
        return move(CaseStep.NOTICE_SENT, on, null);
    }

    /**
     * The 30 days are over (the day after the deadline). The nightly job applies the same rule in SQL to every case
     * ({@link ComplianceJob}); the staff never records it.
     */
    Move passDeadline(LocalDate today) {
        require(CaseStep.DEADLINE_PASSED);
        if (!today.isAfter(noticeDeadline)) {
            throw new ServiceException("compliance.error.deadlineNotPassed", noticeDeadline);
        }
        return move(CaseStep.DEADLINE_PASSED, today, null);
    }

    /** On the Council meeting's list: the Council decides the suspension there. */
    Move proposeToCouncil(long meetingId, LocalDate meetingDate, LocalDate on) {
        require(CaseStep.PROPOSED_TO_COUNCIL);
        councilMeetingId = meetingId;
        return move(CaseStep.PROPOSED_TO_COUNCIL, on, "council meeting " + meetingDate);
    }

    /** The Council suspended the member (the register's status changes through its own action). */
    Move suspended(LocalDate on, String note) {
        require(CaseStep.SUSPENDED);
        return move(CaseStep.SUSPENDED, on, note);
    }

    /** A valid PEC arrived: the case ends whatever step it had reached. */
    Move close(LocalDate on, String note) {
        if (!step.isOpen()) {
            throw new ServiceException("compliance.error.closed");
        }
        closedOn = on;
        return move(CaseStep.CLOSED, on, note);
    }

    private void require(CaseStep next) {
        if (step != next.previous()) {
            throw new ServiceException("compliance.error.step", next.name(), step.name());
        }
    }

    private Move move(CaseStep next, LocalDate on, String note) {
        var m = new Move(step, next, on, note);
        step = next;
        stepSince = on;
        return m;
    }

    Long getId() { return id; }
    long getVersion() { return version; }
    long getOrderId() { return orderId; }
    long getMemberId() { return memberId; }
    CaseStep getStep() { return step; }
    LocalDate getStepSince() { return stepSince; }
    String getLetterLanguage() { return letterLanguage; }
    LocalDate getOpenedOn() { return openedOn; }
    LocalDate getNoticeDeadline() { return noticeDeadline; }
    Long getCouncilMeetingId() { return councilMeetingId; }
    LocalDate getClosedOn() { return closedOn; }

    void setLetterLanguage(String letterLanguage) {
        this.letterLanguage = letterLanguage;
    }

    /** One step as the history records it. */
    record Move(CaseStep from, CaseStep to, LocalDate on, String note) {}
}
