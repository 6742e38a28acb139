#include "NetworkProblem.h"

#include <QCoreApplication>

namespace jt {

QString problemWord(NetworkProblem problem) {
    switch (problem) {
    case NetworkProblem::None:
        return QStringLiteral("none");
    case NetworkProblem::Network:
        return QStringLiteral("network");
    case NetworkProblem::Dns:
        return QStringLiteral("dns");
    case NetworkProblem::Tls:
        return QStringLiteral("tls");
    case NetworkProblem::Timeout:
        return QStringLiteral("timeout");
    case NetworkProblem::RateLimited:
        return QStringLiteral("rate_limited");
    case NetworkProblem::ServerError:
        return QStringLiteral("server_error");
    case NetworkProblem::UnexpectedAnswer:
        return QStringLiteral("unexpected_answer");
    case NetworkProblem::Refused:
        return QStringLiteral("refused");
    case NetworkProblem::Cancelled:
        return QStringLiteral("cancelled");
    case NetworkProblem::Deadline:
        return QStringLiteral("deadline");
    }
    return QStringLiteral("network");
}

QString problemSentence(NetworkProblem problem) {
    switch (problem) {
    case NetworkProblem::None:
        return {};
    case NetworkProblem::Network:
        return QCoreApplication::translate(
            "NetworkProblem", "Greenhouse could not be reached. Check your internet connection or "
                              "proxy, then try again.");
    case NetworkProblem::Dns:
        return QCoreApplication::translate("NetworkProblem",
                                           "Greenhouse's address could not be found. Check your internet "
                                           "connection, then try again.");
    case NetworkProblem::Tls:
        return QCoreApplication::translate(
            "NetworkProblem", "The secure connection to Greenhouse could not be verified. If your "
                              "company inspects HTTPS traffic, ask IT for its certificate "
                              "(--ca-file).");
    case NetworkProblem::Timeout:
        return QCoreApplication::translate("NetworkProblem",
                                           "Greenhouse did not answer in time. Try again in a moment.");
    case NetworkProblem::RateLimited:
        return QCoreApplication::translate(
            "NetworkProblem", "Greenhouse asked us to slow down (rate limit). Wait a minute, then "
                              "try again.");
    case NetworkProblem::ServerError:
        return QCoreApplication::translate(
            "NetworkProblem", "Greenhouse had a problem answering (server error). Try again later.");
    case NetworkProblem::UnexpectedAnswer:
        return QCoreApplication::translate(
            "NetworkProblem", "The answer did not look like it came from Greenhouse (perhaps a Wi-Fi or "
                              "proxy sign-in page?). Check your connection, then try again.");
    case NetworkProblem::Refused:
        return QCoreApplication::translate(
            "NetworkProblem", "The address is not allowed: only HTTPS addresses (or plain HTTP on "
                              "this computer) are used.");
    case NetworkProblem::Cancelled:
        return QCoreApplication::translate("NetworkProblem", "The check was cancelled.");
    case NetworkProblem::Deadline:
        return QCoreApplication::translate(
            "NetworkProblem", "The check ran out of time: Greenhouse answered too slowly or asked us to wait "
                              "too long. Try again in a few minutes.");
    }
    return {};
}

} // namespace jt
