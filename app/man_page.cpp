#include "app/man_page.h"

#include "app/version.h"

namespace wb::app {
namespace {

// Text for a roff line: backslashes doubled, hyphens as \- (so options stay
// copyable), and a leading '.' or '\'' guarded so it is not read as a request.
std::string roff(std::string_view text) {
  std::string out;
  if (!text.empty() && (text.front() == '.' || text.front() == '\'')) out += "\\&";
  for (const char c : text) {
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
  }
  return out;
}

}  // namespace

std::string manPage(Program program, std::string_view date) {
  const std::string name(programName(program));
  std::string page;
  page += ".TH " + name + " 1 \"" + std::string(date) + "\" \"Waybill " + kVersion + "\" \"User Commands\"\n";
  page += ".SH NAME\n" + roff(name) + " \\- " + roff(programSummary(program)) + "\n";
  page += ".SH SYNOPSIS\n.B " + name + "\n[\\fIoptions\\fR]";
  page += program == Program::Gui ? " [\\fIwaybill:LINK\\fR]\n" : "\n";
  page += ".br\n";
  if (program == Program::Daemon) {
    page +=
        ".B waybilld genesis\n\\-\\-consensus \\fIKIND\\fR \\-\\-out \\fIFILE\\fR [\\-\\-alloc "
        "\\fIADDR=AMOUNT\\fR]...\n";
  }
  page += ".SH DESCRIPTION\n";
  if (program == Program::Gui) {
    page +=
        "Waybill is a desktop merchant wallet that runs its own node of the Waybill blockchain: "
        "orders paid into escrow, shipments, receipts, staking and delegates.\n"
        ".PP\nA \\fBwaybill:\\fR payment link given as an argument opens the payment in the window "
        "already running on the same data directory, if there is one; otherwise the new window opens it.\n";
  } else {
    page +=
        "waybilld runs a Waybill node without a window and serves JSON\\-RPC, for servers and scripts.\n"
        ".PP\n\\fBwaybilld genesis\\fR writes the genesis file of a new network.\n";
  }
  page += ".SH OPTIONS\n";
  for (const OptionDoc& doc : documentedOptions(program)) {
    page += ".TP\n.B " + roff(doc.name);
    if (!doc.value.empty()) page += " \\fI" + roff(doc.value) + "\\fR";
    page += "\n" + roff(doc.description) + ".\n";
  }
  page += ".SH EXIT STATUS\n0 ok, 1 runtime error, 2 bad usage; errors are one line on standard error.\n";
  page += ".SH SEE ALSO\n.BR " + std::string(program == Program::Gui ? "waybilld" : "waybill") + " (1)\n";
  return page;
}

}  // namespace wb::app
