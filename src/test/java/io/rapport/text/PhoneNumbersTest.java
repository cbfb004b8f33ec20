package io.rapport.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {
    private final PhoneNumbers pl = new PhoneNumbers("PL");

    @ParameterizedTest
    @ValueSource(strings = {"+48 601 234 567", "0048601234567", "601-234-567", "601 234 567", "(+48) 601.234.567",
        "+48601234567"})
    void everyCommonPolishFormIsTheSameNumber(String written) {
        assertThat(pl.normalise(written)).get().extracting(PhoneNumbers.Normalised::e164).isEqualTo("+48601234567");
    }

    @Test
    void foreignNumbersKeepTheirCountry() {
        assertThat(pl.normalise("+420 777 123 456").get().e164()).isEqualTo("+420777123456");
        assertThat(pl.normalise("0049 151 23456789").get().e164()).isEqualTo("+4915123456789");
        assertThat(new PhoneNumbers("DE").normalise("0151 23456789").get().e164()).isEqualTo("+4915123456789");
        assertThat(new PhoneNumbers("CZ").normalise("777 123 456").get().national()).isEqualTo("777123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "601234567x", "12", "'; DROP TABLE customers; --", "+"})
    void textThatIsNotAPhoneNumberIsRejected(String s) {
        assertThat(pl.normalise(s)).isEmpty();
    }

    @Test
    void emailsAreNormalisedForMatching() {
        assertThat(Emails.normalise("  Z.Wroblewska@Example.PL ")).hasValue("z.wroblewska@example.pl");
        assertThat(Emails.normalise("Zdzisława <z.w@example.pl>")).hasValue("z.w@example.pl");
        assertThat(Emails.normalise("mailto:jan@příklad.cz")).hasValue("jan@xn--pklad-zsa96e.cz");
        assertThat(Emails.normalise("not an address")).isEmpty();
        assertThat(Emails.normalise("a@b")).isEmpty();
    }
}
