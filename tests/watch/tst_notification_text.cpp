// The text of a desktop notification (NotificationText.h): whatever a board name or message holds (terminal
// escapes, direction overrides, invisible characters, kilobytes of text, markup), the notification shows one
// short line of what is visibly there, and markup only where the server reads markup.

#include "watch/NotificationText.h"

#include <QTest>

using namespace jt;

namespace {

QString fromCodes(std::initializer_list<char32_t> codes) {
    QString text;
    for (const char32_t code : codes)
        text += QString::fromUcs4(&code, 1);
    return text;
}

} // namespace

class TestNotificationText : public QObject {
    Q_OBJECT

private slots:
    void plainText_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("Acme Robotics") << QStringLiteral("Acme Robotics");
        QTest::newRow("line breaks and tabs become spaces")
            << QStringLiteral("Acme\nRobotics\r\nCareers\tEU") << QStringLiteral("Acme Robotics Careers EU");
        QTest::newRow("whitespace collapsed, trimmed")
            << QStringLiteral("  Acme   \u00a0 Robotics  ") << QStringLiteral("Acme Robotics");
        QTest::newRow("terminal escape and BEL")
            << QStringLiteral("Acme\x1b[31m Robotics\a") << QStringLiteral("Acme[31m Robotics");
        QTest::newRow("NUL and DEL") << QStringLiteral("Ac") + QChar(u'\0') + QStringLiteral("me\x7f")
                                     << QStringLiteral("Acme");
        QTest::newRow("C1 controls (CSI, NEL)")
            << fromCodes({u'A', 0x9b, u'c', 0x85, u'm', u'e'}) << QStringLiteral("Ac me");
        // "Acme" followed by a right-to-left override makes "gpj.exe" read "exe.jpg".
        QTest::newRow("bidirectional override")
            << fromCodes({u'a', 0x202e, u'g', u'p', u'j', 0x202c}) << QStringLiteral("agpj");
        QTest::newRow("every bidirectional control")
            << fromCodes({0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068,
                          0x2069, 0x061c, u'x'})
            << QStringLiteral("x");
        QTest::newRow("zero-width and invisible format characters")
            << fromCodes({u'a', 0x200b, u'c', 0x200c, u'm', 0x200d, u'e', 0x2060, 0xfeff, 0x00ad, 0x2062,
                          0x206a, 0xfff9, 0xe0041, 0x180e})
            << QStringLiteral("acme");
        QTest::newRow("Hangul fillers that show as nothing")
            << fromCodes({0x3164, u'a', 0x115f, 0x1160, 0xffa0}) << QStringLiteral("a");
        QTest::newRow("a lone surrogate")
            << QString(QChar(0xd800)) + QStringLiteral("acme") + QChar(0xdc00) << QStringLiteral("acme");
        QTest::newRow("right-to-left letters stay")
            << QStringLiteral("שלום עולם") << QStringLiteral("שלום עולם");
        QTest::newRow("emoji (a surrogate pair) and accents stay")
            << QStringLiteral("Café 🚀 Ünïcode") << QStringLiteral("Café 🚀 Ünïcode");
        QTest::newRow("markup stays text")
            << QStringLiteral("<b>Acme</b> & Co") << QStringLiteral("<b>Acme</b> & Co");
    }
    void plainText() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(notificationPlainText(text, 200), expected);
    }

    void longTextIsCapped() {
        const QString text = QString(QStringLiteral("word ")).repeated(100);
        const QString capped = notificationPlainText(text, 40);
        QCOMPARE(capped.size(), 40);
        QVERIFY(capped.endsWith(QStringLiteral("…")));
        QVERIFY(text.startsWith(capped.chopped(1)));
        // Exactly at the limit: as it is.
        QCOMPARE(notificationPlainText(QString(40, u'a'), 40), QString(40, u'a'));
        QCOMPARE(notificationPlainText(QString(41, u'a'), 40), QString(39, u'a') + QStringLiteral("…"));
        QCOMPARE(notificationPlainText(QStringLiteral("abc"), 1), QStringLiteral("…"));
        QCOMPARE(notificationPlainText(QStringLiteral("abc"), 0), QString());
    }

    // 5 KB of right-to-left text wrapped in overrides (the stored board token of the issue): a short line
    // without a single control left.
    void kilobytesOfRightToLeftText() {
        QString text = fromCodes({0x202e});
        for (int i = 0; i < 1000; ++i)
            text += fromCodes({0x05d0, 0x05d1, 0x2067, 0x05d2, 0x2069});
        QVERIFY(text.toUtf8().size() > 5000);
        const QString capped = notificationPlainText(text, 120);
        QVERIFY(capped.size() <= 120);
        QVERIFY(capped.endsWith(QStringLiteral("…")));
        for (const QChar c : capped)
            QVERIFY2(c.category() != QChar::Other_Format, qPrintable(QString::number(c.unicode(), 16)));
    }

    // The cut falls between two characters: never inside a surrogate pair, nor between a letter and its
    // combining accent.
    void cutOnACharacterBoundary_data() {
        QTest::addColumn<QString>("unit"); // repeated
        QTest::addColumn<int>("maxLength");
        QTest::newRow("surrogate pairs, odd limit") << QStringLiteral("🚀") << 9;
        QTest::newRow("surrogate pairs, even limit") << QStringLiteral("🚀") << 10;
        QTest::newRow("combining accents") << QStringLiteral("e\u0301") << 8;
    }
    void cutOnACharacterBoundary() {
        QFETCH(QString, unit);
        QFETCH(int, maxLength);
        const QString capped = notificationPlainText(unit.repeated(50), maxLength);
        QVERIFY(capped.size() <= maxLength);
        QVERIFY(capped.endsWith(QStringLiteral("…")));
        const QString kept = capped.chopped(1);
        QVERIFY(!kept.isEmpty());
        QCOMPARE(kept.size() % unit.size(), 0);
        QCOMPARE(kept, unit.repeated(kept.size() / unit.size()));
    }

    void markupEscaped() {
        QCOMPARE(notificationMarkupEscaped(QStringLiteral("<b>Smith & Sons</b> > \"x\" 'y'")),
                 QStringLiteral("&lt;b&gt;Smith &amp; Sons&lt;/b&gt; &gt; \"x\" 'y'"));
        QCOMPARE(notificationMarkupEscaped(QStringLiteral("&amp;")), QStringLiteral("&amp;amp;"));
        QCOMPARE(notificationMarkupEscaped(QStringLiteral("Acme")), QStringLiteral("Acme"));
        // What a link or an image would need is gone.
        const QString escaped = notificationMarkupEscaped(
            notificationPlainText(QStringLiteral("<a href=\"https://evil.example\">Acme</a>"), 200));
        QVERIFY(!escaped.contains(u'<') && !escaped.contains(u'>'));
    }
};

QTEST_GUILESS_MAIN(TestNotificationText)
#include "tst_notification_text.moc"
