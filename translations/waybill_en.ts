<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>wb::ui::MainWindow</name>
    <message>
        <source>Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::WelcomePage</name>
    <message>
        <source>Welcome to Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill is a merchant wallet with its own blockchain node. Buyers pay orders into escrow, merchants ship, and the money is released when the buyer confirms receipt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
