// waybill-manpage PROGRAM DATE OUT: writes the man page of `waybill` or `waybilld`
// (build step only, not installed).
#include <fstream>
#include <iostream>
#include <string_view>

#include "app/man_page.h"

int main(int argc, char** argv) {
  using namespace wb::app;
  if (argc != 4 || (std::string_view(argv[1]) != "waybill" && std::string_view(argv[1]) != "waybilld")) {
    std::cerr << "usage: waybill-manpage waybill|waybilld DATE OUT\n";
    return kExitUsage;
  }
  const Program program = std::string_view(argv[1]) == "waybill" ? Program::Gui : Program::Daemon;
  std::ofstream out(argv[3], std::ios::binary | std::ios::trunc);
  out << manPage(program, argv[2]);
  out.close();
  if (!out) {
    std::cerr << "waybill-manpage: cannot write " << argv[3] << '\n';
    return kExitRuntimeError;
  }
  return kExitOk;
}
