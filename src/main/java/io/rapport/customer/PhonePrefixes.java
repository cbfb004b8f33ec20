package io.rapport.customer;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.rapport.text.PhoneNumbers;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a partly typed phone number into E.164 prefixes for as-you-type search: "+48 601 23"
 * and "0048 601 23" become "+4860123"; "601 23" becomes "+4860123" in the agent's region first,
 * then the same digits in the neighbouring countries Rapport's customers call from; a German
 * "0151 2" drops the trunk 0.
 */
final class PhonePrefixes {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final List<String> REGIONS = List.of("PL", "CZ", "SK", "DE", "AT", "GB", "UA");

    private PhonePrefixes() {
    }

    static Set<String> e164Prefixes(String typed, String defaultRegion) {
        String s = typed.strip();
        String digits = PhoneNumbers.digits(s);
        Set<String> out = new LinkedHashSet<>();
        if (s.startsWith("+") || s.startsWith("00")) {
            String rest = s.startsWith("00") ? digits.substring(2) : digits;
            if (rest.length() >= 5) {
                out.add("+" + rest);
            }
            return out;
        }
        Set<String> regions = new LinkedHashSet<>();
        regions.add(defaultRegion);
        regions.addAll(REGIONS);
        for (String region : regions) {
            int cc = UTIL.getCountryCodeForRegion(region);
            if (cc == 0) {
                continue;
            }
            String national = digits;
            String trunk = UTIL.getNddPrefixForRegion(region, true);
            if (trunk != null && !trunk.isEmpty() && national.startsWith(trunk)) {
                national = national.substring(trunk.length());
            }
            if (national.length() >= 4) {
                out.add("+" + cc + national);
            }
        }
        return out;
    }
}
