// "How others join this network", on the Network page: the genesis file to hand
// out and whether (and on which port) this node accepts peers. A network started
// in the wizard listens (DESIGN §7); when its port was taken the node runs
// without listening and the panel says why.
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace wb::ui {

struct NetworkSharing {
  QString genesisPath;       // the network's genesis file
  quint16 listenPort = 0;    // 0: the node does not accept peers
  quint16 unopenedPort = 0;  // it was meant to listen on this port, which could not be opened
};

class SharingPanel : public QWidget {
  Q_OBJECT
public:
  explicit SharingPanel(QWidget* parent = nullptr);

  void setSharing(const NetworkSharing& sharing);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();

  NetworkSharing sharing_;
  QLabel* listening_;
  QLabel* genesisLabel_;
  QLineEdit* genesisPath_;
  QPushButton* copy_;
};

}  // namespace wb::ui
