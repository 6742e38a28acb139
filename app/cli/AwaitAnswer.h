#pragma once

#include <QEventLoop>
#include <functional>
#include <utility>

namespace jt {

// The command line's way to wait for an asynchronous answer (the keychain, the stored connection): `start`
// is given the callback to call once; the event loop runs until it is called. The callee's own time-outs
// bound the wait.
template <typename Result> Result awaitAnswer(const std::function<void(std::function<void(Result)>)> &start) {
    Result result{};
    bool answered = false;
    QEventLoop waiting;
    start([&](Result answer) {
        result = std::move(answer);
        answered = true;
        waiting.quit();
    });
    if (!answered)
        waiting.exec();
    return result;
}

} // namespace jt
