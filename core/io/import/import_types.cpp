#include "core/io/import/import_types.h"

namespace rk {

std::string describeProblem(const std::string& file, const ImportProblem& problem) {
    std::string out = file;
    if (problem.line > 0) out += ":" + std::to_string(problem.line);
    out += ": ";
    if (problem.severity == ProblemSeverity::Warning) out += "warning: ";
    return out + problem.message;
}

void ParseResult::addProblem(ProblemSeverity severity, int line, std::string message,
                             std::size_t limit) {
    if (severity == ProblemSeverity::Error) ++errorCount;
    if (problems.size() >= limit) {
        ++droppedProblems;
        return;
    }
    problems.push_back({severity, line, std::move(message)});
}

} // namespace rk
