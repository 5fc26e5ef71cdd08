package org.policyforum.newsletter.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** When the monthly campaign goes out: a day of the month and a time in the organisation's time zone. One row. */
@Entity
@Table(name = "campaign_schedule")
public class CampaignSchedule {

    public static final int SINGLETON_ID = 1;

    @Id
    private Integer id;

    @Column(name = "day_of_month")
    private int dayOfMonth;

    @Column(name = "send_hour")
    private int hour;

    @Column(name = "send_minute")
    private int minute;

    private boolean enabled;

    @Version
    private long version;

    protected CampaignSchedule() {}

    /** Day 1..28 so that every month has it; a time of day. */
    public void change(int newDay, int newHour, int newMinute, boolean nowEnabled) {
        if (newDay < 1 || newDay > 28 || newHour < 0 || newHour > 23 || newMinute < 0 || newMinute > 59) {
            throw new IllegalArgumentException("day 1..28, hour 0..23, minute 0..59");
        }
        dayOfMonth = newDay;
        hour = newHour;
        minute = newMinute;
        enabled = nowEnabled;
    }

    /** The moment this month's campaign is due. */
    public ZonedDateTime dueIn(YearMonth month, ZoneId zone) {
        return LocalDateTime.of(month.getYear(), month.getMonth(), dayOfMonth, hour, minute)
                .atZone(zone);
    }

    public int getDayOfMonth() {
        return dayOfMonth;
    }

    public int getHour() {
        return hour;
    }

    public int getMinute() {
        return minute;
    }

    public boolean isEnabled() {
        return enabled;
    }
}
