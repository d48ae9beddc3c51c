#include "ui/paged_rows.h"

namespace wb::ui {

PageRequest::Ticket PageRequest::start() {
  awaited_ = counts_ = ++issued_;
  return awaited_;
}

bool PageRequest::expects(Ticket ticket) const { return ticket != 0 && ticket == counts_; }

bool PageRequest::finish(Ticket ticket) {
  if (ticket == awaited_) awaited_ = 0;
  if (!expects(ticket)) return false;
  counts_ = 0;
  return true;
}

void PageRequest::makeStale() { counts_ = 0; }

void PageRequest::abandon() { counts_ = awaited_ = 0; }

}  // namespace wb::ui
