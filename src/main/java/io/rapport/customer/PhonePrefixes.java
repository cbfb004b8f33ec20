package io.rapport.customer;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import io.rapport.text.PhoneNumbers;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Turns a partly typed phone number into national-number prefixes for as-you-type search:
 * "601 23" and "+48 601 23" and "0048 601 23" all become "60123"; a German "0151 2" drops the
 * trunk 0 and becomes "1512".
 */
final class PhonePrefixes {
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhonePrefixes() {
    }

    static Set<String> nationalPrefixes(String typed, String defaultRegion) {
        String s = typed.strip();
        String digits = PhoneNumbers.digits(s);
        Set<String> out = new LinkedHashSet<>();
        boolean international = s.startsWith("+") || s.startsWith("00");
        if (international) {
            String rest = s.startsWith("00") ? digits.substring(2) : digits;
            for (int len = 1; len <= 3 && len < rest.length(); len++) {
                int cc = Integer.parseInt(rest.substring(0, len));
                if (!"ZZ".equals(UTIL.getRegionCodeForCountryCode(cc))) {
                    addIfLong(out, rest.substring(len));
                    break;
                }
            }
        } else {
            String trunk = UTIL.getNddPrefixForRegion(defaultRegion, true);
            if (trunk != null && !trunk.isEmpty() && digits.startsWith(trunk)) {
                addIfLong(out, digits.substring(trunk.length()));
            } else {
                addIfLong(out, digits);
            }
        }
        return out;
    }

    private static void addIfLong(Set<String> out, String prefix) {
        if (prefix.length() >= 4) {
            out.add(prefix);
        }
    }
}
