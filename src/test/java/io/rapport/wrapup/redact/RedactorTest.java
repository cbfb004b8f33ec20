package io.rapport.wrapup.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedactorTest {

    /** The single finding in {@code text}, checked to cover exactly {@code value}. */
    private static Finding only(String text, String value) {
        Redaction r = Redactor.redact(text);
        assertThat(r.findings()).as("findings in %s", text).hasSize(1);
        Finding f = r.findings().get(0);
        assertThat(text.substring(f.start(), f.end())).isEqualTo(value);
        return f;
    }

    private static void clean(String text) {
        assertThat(Redactor.redact(text).findings()).as("findings in %s", text).isEmpty();
    }

    /** {@code value} with the digit at {@code index} replaced by the next one. */
    private static String changed(String value, int index) {
        char c = value.charAt(index);
        return value.substring(0, index) + (char) ('0' + (c - '0' + 1) % 10) + value.substring(index + 1);
    }

    private static String pesel(String yymmdd, String serial) {
        String first10 = yymmdd + serial;
        return first10 + Checksums.peselCheckDigit(first10);
    }

    /** A 10-digit rodné číslo by the divisible-by-11 rule (serial chosen so no old-rule case arises). */
    private static String rodneCislo(String yymmdd) {
        for (int serial = 100; ; serial++) {
            long base = Long.parseLong(yymmdd + serial);
            if (base % 11 != 10) {
                return yymmdd + serial + (base % 11);
            }
        }
    }

    @Nested
    class Cards {
        @ParameterizedTest
        @ValueSource(strings = {
            "4111 1111 1111 1111", "4012888888881881", "5555 5555 5555 4444", "2223003122003222",
            "378282246310005", "3782 822463 10005", "6011111111111117", "3530111333300000",
            "30569309025904", "6200000000000005", "6759649826438453", "5018000000000009",
            "4222222222222", "5555-5555-5555-4444",
        })
        void testNumbersOfEverySchemeAreRemoved(String card) {
            Finding f = only("Klient podał kartę " + card + " i prosi o zwrot.", card);
            assertThat(f.kind()).isEqualTo(Kind.CARD);
            String digits = card.replaceAll("\\D", "");
            assertThat(f.replacement()).isEqualTo("[card •••• " + digits.substring(digits.length() - 4) + " removed]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"4111111111111111", "5555555555554444", "378282246310005", "6011111111111117"})
        void anyOneDigitChangedIsLeftAlone(String card) {
            for (int i = 0; i < card.length(); i++) {
                clean("karta " + changed(card, i));
            }
        }

        @Test
        void luhnAloneIsNotEnoughWithoutARealSchemePrefixAndLength() {
            clean("nr 1234567812345670"); // Luhn-valid, no scheme starts with 1
            clean("nr 5555555555554444000"); // Mastercard is 16 digits only, Luhn or not
            clean("nr 3782822463100059"); // Amex is 15 digits
        }

        @Test
        void punctuationAroundTheNumberIsFine() {
            only("karta:4111 1111 1111 1111", "4111 1111 1111 1111");
            only("zapłacił (4111-1111-1111-1111).", "4111-1111-1111-1111");
            only("„4111111111111111”", "4111111111111111");
            only("4111111111111111", "4111111111111111");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "ORD-4111111111111111", "ZAM/4111111111111111", "nr4111111111111111", "4111111111111111zł",
            "#4111111111111111", "+4111111111111111", "4111111111111111-ORD", "x_4111111111111111",
        })
        void numbersGluedToAnIdentifierOrAPlusAreLeftAlone(String text) {
            clean(text);
        }

        @Test
        void cardsInAListAreEachRemoved() {
            Redaction r = Redactor.redact("karty: 4111111111111111 5555555555554444 4012 8888 8888 1881 5555 5555 5555 4444");
            assertThat(r.findings()).extracting(Finding::kind).containsOnly(Kind.CARD).hasSize(4);
        }

        @Test
        void aCardRightAfterAPhoneNumberIsStillRemoved() {
            Redaction r = Redactor.redact("tel. +48 601 234 567 4111 1111 1111 1111");
            assertThat(r.text()).isEqualTo("tel. +48 601 234 567 [card •••• 1111 removed]");
        }

        @Test
        void aWrongCheckDigitInALongerNumberDoesNotLeaveAShorterCardBehind() {
            // 17 digits: the first 16 are a valid card, the 17th makes the whole a mistyped number.
            clean("karta 4111 1111 1111 1111 4");
        }
    }

    @Nested
    class Cvvs {
        @ParameterizedTest
        @ValueSource(strings = {
            "karta 4111 1111 1111 1111 123", "karta 4111111111111111/123", "karta 4111111111111111, 123",
            "karta 4111111111111111 cvv 123", "karta 4111 1111 1111 1111, kod CVV: 123",
            "karta 4111111111111111 ważna do 12/27, kod zabezpieczający 123",
            "Karte 4111111111111111, Prüfnummer 123", "Kreditkarte 4111111111111111 Kartenprüfnummer: 123",
            "Karte 4111111111111111, Sicherheitscode ist 123", "karta 4111111111111111, kód CVV 123",
            "karta 4111111111111111, bezpečnostní kód 123", "card 4111111111111111 security code 123",
            "card 4111111111111111 CVC2: 123", "CVV 123, karta 4111 1111 1111 1111",
        })
        void aCvvNextToACardIsRemoved(String text) {
            Redaction r = Redactor.redact(text);
            assertThat(r.findings()).extracting(Finding::kind).containsExactlyInAnyOrder(Kind.CARD, Kind.CVV);
            Finding cvv = r.findings().stream().filter(f -> f.kind() == Kind.CVV).findFirst().orElseThrow();
            assertThat(text.substring(cvv.start(), cvv.end())).isEqualTo("123");
            assertThat(cvv.replacement()).isEqualTo("[CVV removed]");
            assertThat(r.text()).doesNotContain("123");
        }

        @Test
        void anAmexCidHasFourDigits() {
            Redaction r = Redactor.redact("Amex 378282246310005 CID 1234");
            assertThat(r.text()).isEqualTo("Amex [card •••• 0005 removed] CID [CVV removed]");
        }

        @Test
        void threeDigitsFarFromAnyCardStay() {
            clean("kod CVV 123");
            clean("pokój 123, wewn. 4412");
            String far = "karta 4111 1111 1111 1111. Klient prosi o kontakt jutro rano, bo dziś nie może rozmawiać. "
                    + "Kod CVV 123";
            Redaction r = Redactor.redact(far);
            assertThat(r.findings()).extracting(Finding::kind).containsExactly(Kind.CARD);
        }

        @Test
        void anExpiryDateAfterTheCardIsNotACvv() {
            Redaction r = Redactor.redact("karta 4111 1111 1111 1111 12/27");
            assertThat(r.text()).isEqualTo("karta [card •••• 1111 removed] 12/27");
        }

        @Test
        void numbersAfterACardThatAreNotShortStay() {
            Redaction r = Redactor.redact("karta 4111111111111111 2025-03-11, 1 299,00 zł");
            assertThat(r.findings()).extracting(Finding::kind).containsExactly(Kind.CARD);
        }
    }

    @Nested
    class Accounts {
        @ParameterizedTest
        @ValueSource(strings = {
            "PL61 1090 1014 0000 0712 1981 2874", "CZ65 0800 0000 1920 0014 5399", "DE89 3704 0044 0532 0130 00",
            "GB82 WEST 1234 5698 7654 32", "SK31 1200 0000 1987 4263 7541", "AT61 1904 3002 3457 3201",
            "FR14 2004 1010 0505 0001 3M02 606", "NL91 ABNA 0417 1643 00", "HU42 1177 3016 1111 1018 0000 0000",
            "IT60 X054 2811 1010 0000 0123 456", "ES91 2100 0418 4502 0005 1332", "UA21 3223 1300 0002 6007 2335 6600 1",
            "PL61109010140000071219812874", "pl61109010140000071219812874", "gb82west12345698765432",
        })
        void validIbansAreRemoved(String iban) {
            Finding f = only("Zwrot na konto " + iban + ", dziękuję.", iban);
            assertThat(f.kind()).isEqualTo(Kind.IBAN);
            String compact = iban.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
            assertThat(f.replacement()).isEqualTo("[IBAN •••• " + compact.substring(compact.length() - 4) + " removed]");
        }

        @Test
        void aWordBeforeAnNrbIsNotTakenForACountry() {
            only("przelew do 61 1090 1014 0000 0712 1981 2874", "61 1090 1014 0000 0712 1981 2874");
            only("vráceno na 61 1090 1014 0000 0712 1981 2874", "61 1090 1014 0000 0712 1981 2874");
            only("PRZELEW DO 61 1090 1014 0000 0712 1981 2874", "61 1090 1014 0000 0712 1981 2874");
        }

        @Test
        void aPolishIbanWithASpaceAfterTheCountryIsOneFinding() {
            Finding f = only("IBAN: PL 61 1090 1014 0000 0712 1981 2874", "PL 61 1090 1014 0000 0712 1981 2874");
            assertThat(f.replacement()).isEqualTo("[IBAN •••• 2874 removed]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"61 1090 1014 0000 0712 1981 2874", "61109010140000071219812874"})
        void polishNrbsAreRemoved(String nrb) {
            Finding f = only("przelew na rachunek " + nrb + ".", nrb);
            assertThat(f.kind()).isEqualTo(Kind.IBAN);
            assertThat(f.replacement()).isEqualTo("[IBAN •••• 2874 removed]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"19-2000145399/0800", "2000145399/0800"})
        void czechDomesticAccountsAreRemoved(String account) {
            Finding f = only("vrácení na účet " + account + ".", account);
            assertThat(f.kind()).isEqualTo(Kind.IBAN);
            assertThat(f.replacement()).isEqualTo("[account •••• 5399 removed]");
        }

        @Test
        void oneDigitChangedIsLeftAlone() {
            clean("konto PL61 1090 1014 0000 0712 1981 2875");
            clean("Konto DE89 3704 0044 0532 0130 01");
            clean("account GB82 WEST 1234 5698 7654 33");
            clean("rachunek 61 1090 1014 0000 0712 1981 2875");
            clean("účet 19-2000145398/0800");
            clean("účet 18-2000145399/0800");
        }

        @Test
        void theLengthMustBeTheCountrys() {
            String bban = "3704004405320130001"; // 19 digits: one too many for Germany
            String tooLong = "DE" + Checksums.ibanCheckDigits("DE", bban) + bban;
            assertThat(Checksums.iban(tooLong)).isTrue();
            clean("IBAN " + tooLong);
        }

        @Test
        void aCountryMissingFromTheRegistryNeedsCapitals() {
            String bban = "12345678901234";
            String iban = "ZZ" + Checksums.ibanCheckDigits("ZZ", bban) + bban;
            only("IBAN " + iban, iban);
            clean("iban " + iban.toLowerCase(java.util.Locale.ROOT));
        }

        @Test
        void wordsAfterAnIbanAreNotReadIntoIt() {
            Redaction r = Redactor.redact("IBAN DE89 3704 0044 0532 0130 00 Kunde wartet");
            assertThat(r.text()).isEqualTo("IBAN [IBAN •••• 3000 removed] Kunde wartet");
        }
    }

    @Nested
    class Pesels {
        @Test
        void aKnownPeselIsRemoved() {
            Finding f = only("PESEL 44051401359, klient zweryfikowany", "44051401359");
            assertThat(f.kind()).isEqualTo(Kind.PESEL);
            assertThat(f.replacement()).isEqualTo("[PESEL removed]");
            only("pesel:440514 01359", "440514 01359");
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "990101", // 1999-01-01
            "002229", // 2000-02-29
            "053112", // 2005-11-12
            "999231", // 1899-12-31
            "850715", // 1985-07-15
            "254210", // 2125-02-10
            "016301", // 2201-03-01
        })
        void computedPeselsOfEveryCenturyAreRemoved(String yymmdd) {
            String value = pesel(yymmdd, "1234");
            Finding f = only("PESEL " + value, value);
            assertThat(f.kind()).isEqualTo(Kind.PESEL);
        }

        @Test
        void theBirthDateMustExist() {
            clean("PESEL " + pesel("000229", "1234")); // 1900 was no leap year
            clean("PESEL " + pesel("011301", "1234")); // no month 13
            clean("PESEL " + pesel("010431", "1234")); // 31 April
            only("PESEL " + pesel("002229", "1234"), pesel("002229", "1234")); // 2000 was
        }

        @Test
        void anyOneDigitChangedIsLeftAlone() {
            for (int i = 0; i < 11; i++) {
                clean("PESEL " + changed("44051401359", i));
            }
        }

        @Test
        void anOrderNumberThatPassesTheCheckStaysWhenLabelledAsOrder() {
            clean("nr zamówienia 44051401359");
            clean("Bestellung: 44051401359");
            only("zamówienie złożył klient, PESEL 44051401359", "44051401359");
        }
    }

    @Nested
    class RodnaCisla {
        @Test
        void knownRodnaCislaAreRemoved() {
            Finding f = only("RČ 736028/5163 ověřeno", "736028/5163"); // a woman born 28 Oct 1973
            assertThat(f.kind()).isEqualTo(Kind.RODNE_CISLO);
            assertThat(f.replacement()).isEqualTo("[rodné číslo removed]");
            only("rodné číslo 7103192745", "7103192745");
        }

        @ParameterizedTest
        @ValueSource(strings = {"850712", "855712", "100305", "105305", "052305", "057305", "991231"})
        void computedRodnaCislaAreRemovedWithAndWithoutSlash(String yymmdd) {
            String value = rodneCislo(yymmdd);
            only("RČ " + value, value);
            String slashed = value.substring(0, 6) + "/" + value.substring(6);
            only("RČ " + slashed, slashed);
        }

        @Test
        void theOldRuleOfRemainderTenAndAFinalZeroStillCounts() {
            String yymmdd = "780123";
            int serial = 100;
            while (Long.parseLong(yymmdd + serial) % 11 != 10) {
                serial++;
            }
            String value = yymmdd + serial + "0";
            only("RČ " + value, value);
        }

        @Test
        void nineDigitsOnlyWithTheSlashAndBefore1954() {
            only("r.č. 480523/123", "480523/123");
            clean("r.č. 480523123");
            clean("r.č. 550523/123");
        }

        @Test
        void theExtraMonthsAreOnlyForChildrenBornFrom2004() {
            clean("RČ " + rodneCislo("732305"));
            clean("RČ " + rodneCislo("737305"));
            only("RČ " + rodneCislo("042305"), rodneCislo("042305"));
        }

        @Test
        void wrongChecksumsAndDatesAreLeftAlone() {
            clean("RČ 736028/5164");
            clean("RČ 7103192746");
            clean("RČ " + rodneCislo("850230")); // 30 February
            clean("RČ " + rodneCislo("851312")); // month 13
        }
    }

    @Nested
    class LookAlikes {
        @ParameterizedTest
        @ValueSource(strings = {
            "+48 601 234 567", "0048601234567", "601-234-567", "601 234 567", "+420 777 123 456", "+49 30 1234567",
            "+48601234567", "(22) 123 45 67", "+44 20 7946 0958", "00420777123456", "+49 151 23456789",
            "ZAM/2025/004512", "ORD-88412375", "#PL-20250311-7781", "FV/2025/03/118", "RMA-2025-000123",
            "Bestellung 304-1234567-1234567", "order #88412375", "ZAM2025004512",
            "2025-03-11", "11.03.2025", "11/03/2025", "2025-03-11 14:30", "20250311", "11. 3. 2025",
            "1 299,00 zł", "12 499,99 PLN", "1.299,00 €", "€1,299.00", "2 450 Kč", "1 234 567 890,00 zł",
            "00-950 Warszawa", "602 00 Brno", "pokój 123", "kod CVV 123", "12345678", "884123751",
        })
        void areLeftAlone(String text) {
            clean("Notatka: " + text + ".");
        }

        @Test
        void aCleanNoteComesBackUnchanged() {
            String note = "Klient dzwonił 11.03.2025 o 14:30 w sprawie ZAM/2025/004512, tel. +48 601 234 567.";
            Redaction r = Redactor.redact(note);
            assertThat(r.isClean()).isTrue();
            assertThat(r.text()).isSameAs(note);
        }
    }

    @Nested
    class TextAndOffsets {
        @Test
        void offsetsAreCharIndicesEvenAfterEmojiAndControlChars() {
            String text = "😀👍🏽 \u0000\u0007karta\t4111 1111 1111 1111 ✅\r\nPESEL:44051401359 🙂";
            Redaction r = Redactor.redact(text);
            assertThat(r.findings()).hasSize(2);
            Finding card = r.findings().get(0);
            assertThat(card.start()).isEqualTo(text.indexOf("4111"));
            assertThat(text.substring(card.start(), card.end())).isEqualTo("4111 1111 1111 1111");
            Finding pesel = r.findings().get(1);
            assertThat(text.substring(pesel.start(), pesel.end())).isEqualTo("44051401359");
            assertThat(r.text()).isEqualTo(
                    "😀👍🏽 \u0000\u0007karta\t[card •••• 1111 removed] ✅\r\nPESEL:[PESEL removed] 🙂");
        }

        @Test
        void aLoneSurrogateDoesNotBreakTheScan() {
            String text = "\uD83D4111111111111111\uDE00 i \uDE00";
            Finding f = only(text, "4111111111111111");
            assertThat(f.start()).isEqualTo(1);
        }

        @Test
        void findingsAreSortedAndTheRedactedTextHoldsNoneOfTheValues() {
            List<String> values = List.of("4111 1111 1111 1111", "123", "PL61 1090 1014 0000 0712 1981 2874",
                    "44051401359", "736028/5163", "19-2000145399/0800", "61 1090 1014 0000 0712 1981 2874");
            String text = "Karta " + values.get(0) + " cvv " + values.get(1) + "; konto " + values.get(2)
                    + "; PESEL " + values.get(3) + "; RČ " + values.get(4) + "; účet " + values.get(5)
                    + "; NRB " + values.get(6) + ".";
            Redaction r = Redactor.redact(text);
            assertThat(r.findings()).hasSize(values.size());
            assertThat(r.findings()).isSortedAccordingTo((a, b) -> Integer.compare(a.start(), b.start()));
            for (int i = 1; i < r.findings().size(); i++) {
                assertThat(r.findings().get(i).start()).isGreaterThanOrEqualTo(r.findings().get(i - 1).end());
            }
            for (String v : values) {
                assertThat(r.text()).doesNotContain(v).doesNotContain(v.replaceAll("[ /-]", ""));
            }
            assertThat(r.text()).isEqualTo("Karta [card •••• 1111 removed] cvv [CVV removed]; konto [IBAN •••• 2874 removed]; "
                    + "PESEL [PESEL removed]; RČ [rodné číslo removed]; účet [account •••• 5399 removed]; "
                    + "NRB [IBAN •••• 2874 removed].");
        }

        @Test
        void aFindingKeepsNoTraceOfTheValue() {
            assertThat(Arrays.stream(Finding.class.getRecordComponents()).map(c -> c.getName()))
                    .containsExactly("kind", "start", "end", "replacement");
        }

        @Test
        void kindsHaveStableIds() {
            assertThat(Arrays.stream(Kind.values()).map(Kind::id))
                    .containsExactly("card", "cvv", "iban", "pesel", "rodne-cislo");
        }

        @Test
        void isSafeToCallFromManyThreads() {
            String note = RedactionCorpus.generate(1, 3).get(0).text() + " karta 4111111111111111 cvv 123";
            Redaction expected = Redactor.redact(note);
            IntStream.range(0, 500).parallel().forEach(i -> assertThat(Redactor.redact(note)).isEqualTo(expected));
        }
    }

    @Nested
    class Scale {
        @Test
        void fiveMegabytesOfNotesAreScannedQuickly() {
            StringBuilder notes = new StringBuilder();
            for (RedactionCorpus.Sample s : RedactionCorpus.generate(5_000, 11)) {
                notes.append(s.text()).append('\n');
            }
            String text = notes.toString().repeat(5_000_000 / notes.length() + 1);
            assertThat(text.length()).isGreaterThan(5_000_000);
            Redactor.redact(text.substring(0, 500_000)); // warm up
            // Generous bound for a busy build machine; typical runs take a few hundred milliseconds.
            Redaction r = assertTimeout(Duration.ofSeconds(3), () -> Redactor.redact(text));
            assertThat(r.findings()).hasSizeGreaterThan(10_000);
        }

        @ParameterizedTest
        @ValueSource(strings = {"1", "1 ", "1-", "4111 ", "4111111111111111 ", "PL61 ", "+4", "cvv 123 ", "😀", "a"})
        void repetitiveInputStaysLinear(String unit) {
            String text = unit.repeat(1_000_000 / unit.length());
            assertTimeout(Duration.ofSeconds(3), () -> Redactor.redact(text));
        }
    }

    @Nested
    class Corpus {
        @Test
        void everyValidValueIsRemovedAndAlmostNoLookAlike() {
            List<RedactionCorpus.Sample> samples = RedactionCorpus.generate(10_000, 42);
            RedactionCorpus.Stats stats = RedactionCorpus.evaluate(samples);
            assertThat(stats.sensitiveValues()).isGreaterThanOrEqualTo(1000);
            assertThat(stats.lookAlikes()).isGreaterThanOrEqualTo(5000);
            assertThat(stats.recall()).as("recall; %s", stats.examples()).isEqualTo(1.0);
            assertThat(stats.falsePositiveRate()).as("false positives; %s", stats.examples()).isLessThanOrEqualTo(0.005);
            assertThat(stats.notesWithFalsePositives()).isLessThanOrEqualTo(stats.samples() / 200);
        }

        @Test
        void everyKindAndLanguageIsInTheCorpus() {
            List<RedactionCorpus.Sample> samples = RedactionCorpus.generate(2_000, 42);
            assertThat(samples.stream().flatMap(s -> s.truth().stream()).map(RedactionCorpus.Span::kind).distinct())
                    .containsExactlyInAnyOrder(Kind.values());
            String all = String.join("\n", samples.stream().map(RedactionCorpus.Sample::text).toList());
            assertThat(all).contains("zamówienia", "objednávky", "Bestellung", "order", "+48 ", "+420 ", "+49 30 ");
        }

        @Test
        void theSameSeedGivesTheSameNotes() {
            assertThat(RedactionCorpus.generate(200, 7)).isEqualTo(RedactionCorpus.generate(200, 7));
            assertThat(RedactionCorpus.generate(200, 7)).isNotEqualTo(RedactionCorpus.generate(200, 8));
        }

        @Test
        void truthSpansPointAtTheValues() {
            for (RedactionCorpus.Sample s : RedactionCorpus.generate(500, 5)) {
                for (RedactionCorpus.Span t : s.truth()) {
                    String v = s.text().substring(t.start(), t.end());
                    assertThat(v).as("span in %s", s.text()).matches("[0-9A-Za-z][0-9A-Za-z /-]*[0-9A-Za-z]");
                }
            }
        }

        @Test
        void aMissedValueAndAFalsePositiveAreCounted() {
            String text = "PESEL 44051401359, tel. 601 234 567";
            RedactionCorpus.Sample wrongTruth = new RedactionCorpus.Sample(text,
                    List.of(new RedactionCorpus.Span(Kind.PESEL, text.indexOf("601"), text.length())), 1);
            RedactionCorpus.Stats stats = RedactionCorpus.evaluate(List.of(wrongTruth));
            assertThat(stats.recall()).isEqualTo(0.0);
            assertThat(stats.falsePositives()).isEqualTo(1);
            assertThat(stats.falsePositiveRate()).isEqualTo(1.0);
            assertThat(stats.examples()).hasSize(2);
        }
    }
}
