#include "Console.h"

#ifdef Q_OS_WIN
#include <qt_windows.h>
// after windows.h, which it needs
#include <shellapi.h>

#include <cstdio>
#include <fcntl.h>
#include <io.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace jt {

QStringList commandLineArguments(int argc, char **argv) {
    QStringList arguments;
#ifdef Q_OS_WIN
    Q_UNUSED(argv)
    int count = 0;
    if (LPWSTR *wide = CommandLineToArgvW(GetCommandLineW(), &count)) {
        for (int i = 1; i < count; ++i)
            arguments << QString::fromWCharArray(wide[i]);
        LocalFree(wide);
        return arguments;
    }
#endif
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void useBinaryStandardStreams() {
#ifdef Q_OS_WIN
    for (FILE *stream : {stdin, stdout, stderr})
        _setmode(_fileno(stream), _O_BINARY);
#endif
}

#ifdef Q_OS_WIN
Utf8Console::Utf8Console()
    : m_input(GetConsoleCP())
    , m_output(GetConsoleOutputCP()) {
    // Without a console (the GUI program, output to a pipe) both are 0 and nothing changes.
    if (m_output != 0)
        SetConsoleOutputCP(CP_UTF8);
    if (m_input != 0)
        SetConsoleCP(CP_UTF8);
}

Utf8Console::~Utf8Console() {
    if (m_output != 0)
        SetConsoleOutputCP(m_output);
    if (m_input != 0)
        SetConsoleCP(m_input);
}

HiddenTerminalInput::HiddenTerminalInput() {
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    // GetConsoleMode fails for a pipe or a file: only a console is switched.
    if (in != INVALID_HANDLE_VALUE && in != nullptr && GetConsoleMode(in, &mode)) {
        m_savedMode = mode;
        m_active = SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT)) != 0;
    }
}

HiddenTerminalInput::~HiddenTerminalInput() {
    if (m_active)
        SetConsoleMode(GetStdHandle(STD_INPUT_HANDLE), DWORD(m_savedMode));
}
#else
struct HiddenTerminalInput::Saved {
    termios attributes{};
};

HiddenTerminalInput::HiddenTerminalInput() {
    if (!isatty(STDIN_FILENO))
        return;
    m_saved = std::make_unique<Saved>();
    if (tcgetattr(STDIN_FILENO, &m_saved->attributes) != 0)
        return;
    termios quiet = m_saved->attributes;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
}

HiddenTerminalInput::~HiddenTerminalInput() {
    if (m_active)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved->attributes);
}
#endif

} // namespace jt
