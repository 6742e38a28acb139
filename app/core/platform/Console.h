#pragma once

#include <QStringList>

#include <memory>

namespace jt {

// The program's arguments as text. On Windows from the UTF-16 command line: `argv` there is in the ANSI
// code page, which cannot hold every file name (a German or Japanese path would arrive mangled). Elsewhere
// `argv` in the locale's encoding.
QStringList commandLineArguments(int argc, char **argv);

// Standard input, output and error carry bytes as they are. Windows' C runtime opens them in text mode, which
// turns "\n" into "\r\n" on the way out (a PDF written to standard output would be damaged, and the output
// would differ from every other platform's) and stops reading at a Ctrl+Z byte. Elsewhere nothing to do.
void useBinaryStandardStreams();

// For its lifetime the console shows the UTF-8 the program writes (the commands write UTF-8 whatever the
// platform). On Windows a console's code page is the OEM one (850, 437…) until changed, and the change would
// outlive the program in the user's window, so the previous code pages come back at the end. Elsewhere
// nothing: terminals take the locale's encoding.
class Utf8Console {
public:
#ifdef Q_OS_WIN
    Utf8Console();
    ~Utf8Console();
#else
    Utf8Console() = default;
    ~Utf8Console() = default;
#endif
    Utf8Console(const Utf8Console &) = delete;
    Utf8Console &operator=(const Utf8Console &) = delete;

private:
#ifdef Q_OS_WIN
    unsigned m_input = 0;
    unsigned m_output = 0;
#endif
};

// While it lives, what is typed at the terminal (or Windows console) on standard input is not echoed: a
// secret typed at a prompt. Does nothing when standard input is a pipe or a file.
class HiddenTerminalInput {
public:
    HiddenTerminalInput();
    ~HiddenTerminalInput();
    HiddenTerminalInput(const HiddenTerminalInput &) = delete;
    HiddenTerminalInput &operator=(const HiddenTerminalInput &) = delete;
    // Standard input is a terminal and its echo is off now.
    bool active() const { return m_active; }

private:
    bool m_active = false;
#ifdef Q_OS_WIN
    unsigned long m_savedMode = 0; // the console mode
#else
    struct Saved;
    std::unique_ptr<Saved> m_saved; // the terminal's attributes
#endif
};

} // namespace jt
