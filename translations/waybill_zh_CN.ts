<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>wb::ui::MainWindow</name>
    <message>
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>No network open</source>
        <translation>未打开网络</translation>
    </message>
</context>
<context>
    <name>wb::ui::WelcomePage</name>
    <message>
        <source>Welcome to Waybill</source>
        <translation>欢迎使用 Waybill</translation>
    </message>
    <message>
        <source>Waybill is a merchant wallet with its own blockchain node. Buyers pay orders into escrow, merchants ship, and the money is released when the buyer confirms receipt.</source>
        <translation>Waybill 是自带区块链节点的商户钱包。买家将订单货款付入托管，商家发货，买家确认收货后货款即释放给商家。</translation>
    </message>
</context>
</TS>
