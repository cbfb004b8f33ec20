package io.rapport.ui;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The UI's translations (English, Polish, Czech, German) with dotted keys. Messages with
 * arguments are ICU MessageFormat, so plurals come out right in every language
 * ("1 kontakt, 2 kontakty, 5 kontaktów").
 */
public final class I18n {
    public static final String BUNDLE = "io.rapport.i18n.messages";

    private final Locale locale;
    private final ResourceBundle bundle;

    public I18n(String language) {
        this.locale = Locale.forLanguageTag(language);
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public Locale locale() {
        return locale;
    }

    public String language() {
        return locale.getLanguage();
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    /** The text for {@code key}; the key itself in brackets if missing (a test keeps that from shipping). */
    public String t(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    /** Formats the message for {@code key} with positional arguments ({0}, {1} …). */
    public String t(String key, Object... args) {
        return new MessageFormat(t(key), ULocale.forLocale(locale)).format(args);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }
}
