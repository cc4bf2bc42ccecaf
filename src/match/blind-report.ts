import { redactPersonalData } from "../llm/redact.js";
import type { MatchReport } from "./match-report.js";

/**
 * Blind mode: the same report with names, e-mails, phone numbers, addresses and URLs replaced by
 * placeholders in every quote, reason and the explanation (offsets still point at the original).
 */
export function blindReport(report: MatchReport): MatchReport {
  return {
    ...report,
    requirements: report.requirements.map((requirement) => ({
      ...requirement,
      reason: redactPersonalData(requirement.reason),
      evidence: requirement.evidence.map((item) => ({ ...item, quote: redactPersonalData(item.quote) })),
    })),
    explanation: redactPersonalData(report.explanation),
  };
}
