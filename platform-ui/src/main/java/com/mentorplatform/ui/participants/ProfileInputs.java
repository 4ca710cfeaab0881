package com.mentorplatform.ui.participants;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The pickers both profile forms share, offering only values the API accepts. */
final class ProfileInputs {

    /** ISO 639-1 codes, by their English names. */
    private static final List<String> LANGUAGES = Stream.of(Locale.getISOLanguages())
            .sorted(Comparator.comparing(ProfileInputs::languageName))
            .toList();

    /** IANA region ids such as Europe/Berlin; fixed offsets and legacy aliases are left out, as the API refuses offsets. */
    private static final List<String> TIME_ZONES = ZoneId.getAvailableZoneIds().stream()
            .filter(zone -> zone.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.+"))
            .sorted()
            .toList();

    private ProfileInputs() {}

    static MultiSelectComboBox<String> languages() {
        MultiSelectComboBox<String> languages = new MultiSelectComboBox<>("Languages");
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(ProfileInputs::languageName);
        languages.setPlaceholder("Add a language");
        return languages;
    }

    static ComboBox<String> timeZone() {
        ComboBox<String> timeZone = new ComboBox<>("Time zone");
        timeZone.setItems(TIME_ZONES);
        timeZone.setItemLabelGenerator(ProfileInputs::zoneLabel);
        timeZone.setPlaceholder("e.g. Europe/Berlin");
        timeZone.setClearButtonVisible(true);
        return timeZone;
    }

    static String languageName(String code) {
        return Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH) + " (" + code + ")";
    }

    /** The zone with today's offset, so "Europe/Lisbon · UTC+00:00" tells people apart by the hour. */
    private static String zoneLabel(String zone) {
        String offset = ZoneId.of(zone).getRules().getOffset(Instant.now()).getId();
        return zone.replace('_', ' ') + " · UTC" + ("Z".equals(offset) ? "+00:00" : offset);
    }
}
