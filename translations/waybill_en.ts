<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ErrorText</name>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount has more decimal places than the unit allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has a typo: its checksum does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address belongs to another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity × unit price is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A deadline window is outside the allowed range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant and the buyer must be different accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arbiter cannot be the merchant or the buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the merchant or the buyer can create this order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order needs both a merchant and a buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delegate name is 3 to 20 characters: lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You voted for more delegates than allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same delegate is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee is below the network&apos;s minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction&apos;s signature is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction is out of sequence with this account&apos;s others; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s spendable balance is too low for this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order is not in a state that allows this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not the party that may take this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment does not match the order&apos;s total.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order has no arbiter to resolve a dispute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refund is larger than the escrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That delegate name is taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is already a delegate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen delegate is not registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has not staked that much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amounts involved are too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An order with this id already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The genesis file cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word of the recovery phrase is not in the word list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery phrase has a wrong word: its checksum does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a Waybill wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet was made by a newer version of Waybill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet file is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet belongs to another network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is locked. Unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet file cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That account is not in this wallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is too long or not valid text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is already in the address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is not in the address book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for this field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is not the order&apos;s party for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That address is banned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node has as many connections as it allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node is already connected to that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address and port, e.g. 192.168.1.5:9735.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ban list file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transaction was already sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node has too many pending transactions; try a higher fee or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has too many pending transactions; wait for a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node has no key to produce blocks with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A block could not be produced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A network of that name already exists in this data directory: choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This data directory already holds a different network of that name. To join this one, choose another data directory in Settings first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::AboutDialog</name>
    <message>
        <source>About Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A merchant wallet with its own blockchain node: orders paid into escrow, shipments, receipts, staking and delegates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright © 2026 Waybill developers. All rights reserved: Waybill has not yet been published under a free software licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::ActivityModel</name>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is sealed: unlock the wallet to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo / item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::ActivityPage</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet&apos;s history could not be scanned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning the chain for the wallet&apos;s transactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that happened to your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search memo, item, address, transaction or order ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet runs a light node, which keeps no blocks: it lists what the transactions this wallet sent did, once a block holds them. Transfers from others, deadline payouts and block rewards are not listed; the balances, which its peers prove, include them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::BackupDialog</name>
    <message>
        <source>Back up wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy of the wallet file. It stays protected by your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet files (*.wallet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::BlocksModel</name>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat new passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the current and the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::ConfirmMnemonicPage</name>
    <message>
        <source>Word #%1 is not right. Check the words you wrote down, or go back to see them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm your recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words asked for, to show that you wrote them down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word #%1:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::CreateMnemonicPage</name>
    <message>
        <source>Your recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write these words down in order and keep them safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word list:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These words are the only way to restore your wallet if this computer is lost. Anyone who knows them can spend your coins. Never type them into a website.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::DelegatesModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::EvidencePanel</name>
    <message>
        <source>Double production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No delegate has signed two blocks for one slot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slot time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::ExplorerDetail</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 at %3 (merchant %4, buyer %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 back to the payer of order %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n delegate</numerusform>
            <numerusform>%n delegates</numerusform>
        </translation>
    </message>
    <message>
        <source>order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Producer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (a side branch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting in the mempool for the next block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the mempool, behind an earlier transaction of its sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in block %1 (position %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::FinishPage</name>
    <message>
        <source>Wallet file: %1
Network: %2
Your first address: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet was not created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the wallet. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wallet is ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet could not be created. Go back to change your choices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::FirstRunWizard</name>
    <message>
        <source>Set up Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill keeps your coins in a wallet protected by a passphrase and recoverable from a list of words. Do you want to create a new wallet or restore one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a wallet from its recovery words</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::KindFilterButton</name>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All but block rewards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which types of entry to show; tick several to see them together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::LockStatus</name>
    <message>
        <source>Wallet busy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wallet operation is running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is locked: click to unlock it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is unlocked: click to lock it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::NetworkExplorerPage</name>
    <message>
        <source>The peers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bans could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a port, or an IP address and port such as 192.0.2.1:9333 or [2001:db8::1]:9333.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a peer to ban first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is banned for 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not ban %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a ban to lift first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ban on %1 is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not lift the ban on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no block at height %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a block height, a block hash or a transaction ID (64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This block is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No block or transaction has this ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks and transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected peers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ban selected peer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[host:]port, e.g. 192.0.2.1:9333</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Banned until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift ban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block height, block hash or transaction ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This wallet runs a light node: it keeps block headers only and proves what it shows with its full peers, so there are no blocks or transactions to explore here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::NetworkPage</name>
    <message>
        <source>The network name needs 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the first account some coins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegate name needs 3 to 20 of a-z, 0-9, &apos;_&apos; and &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the genesis file the network&apos;s creator gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network &quot;%1&quot; (%2), genesis %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genesis file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genesis files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the blockchain network this wallet belongs to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a local dev network for trying things out:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Join an existing network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consensus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coins for your first account (WBL):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your delegate name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genesis file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one peer as IP address:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address:port, e.g. 203.0.113.5:9333</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept peers on port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others join your network with its genesis file and this computer&apos;s address and port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light node: keep block headers only (megabytes) and have the peers prove every balance and order shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A light node trusts that its peers do not all hide the best chain or the same order; it cannot be told a false balance. It has no block explorer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new account of this wallet, restored with the same recovery words. Its name (optional, for you only):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Shop, Savings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be added: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::NewOrderDialog</name>
    <message>
        <source>Choose one of your accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant and the buyer must be different accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arbiter&apos;s address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The arbiter cannot be the merchant or the buyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item description is too long: at most %1 bytes (%2 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a unit price above zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit price: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity × unit price is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is too long: at most %1 bytes (%2 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am the:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant (selling)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer (buying)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from the address book or type an address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: the order cannot be disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E.g. the shipping address; only the buyer, merchant and arbiter can read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the buyer or type their address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the merchant or type their address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The buyer&apos;s address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The merchant&apos;s address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long each step may take once the previous one is done. Hours and days are converted to blocks at %1 s per block, rounded up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::NodeStatusBar</name>
    <message>
        <source>Proof of work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegated proof of stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the node…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n peer</numerusform>
            <numerusform>%n peers</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::OrderActionPanel</name>
    <message>
        <source>Enter the payer&apos;s share of the escrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and submitting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted, waiting for a block (transaction %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carrier and tracking number (only the buyer and arbiter can read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, seen by everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the payer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer&apos;s share of the escrow; the rest goes to the merchant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking to send:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 for &quot;%2&quot;? The money stays in escrow until you confirm receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that &quot;%1&quot; arrived? %2 will be released to the merchant; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve the dispute over &quot;%1&quot;: %2 to the payer and %3 to the merchant? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the carrier and tracking number, or tick &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tracking is too long: at most %1 bytes (%2 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship &quot;%1&quot; without tracking? No tracking can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship &quot;%1&quot; with tracking &quot;%2&quot;? It cannot be changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund &quot;%1&quot;? %2 goes back to the payer and the order ends; this cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship without tracking (hand delivery, digital goods)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship without tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the payer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payer&apos;s share cannot exceed the escrow of %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::OrderDetailWidget</name>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed: unlock the wallet to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (ahead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[%1 · block %2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · block %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 — order %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbiter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In escrow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released to the merchant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the payer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — deadline at block %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shipped yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an order to see its details and what you can do with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buyer → merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::OrderText</name>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1 blocks (≈ %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>block %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::OrdersPage</name>
    <message>
        <source>Export orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orders.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The orders could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All my accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 submitted, waiting for a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting orders… %1 read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 orders to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arbitrating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders in this state. Choose &quot;All states&quot; to see the others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No orders yet. Create one with &quot;New order…&quot;, or share your payment link from Send / Receive → Receive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No order names one of your accounts as its arbiter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to pay yet. When a merchant creates an order for one of your accounts, it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::OverviewPage</name>
    <message>
        <source>Some balances could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts as of the latest block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spendable (not in escrow or stake):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staked:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbonding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spendable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In escrow for your purchases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In escrow for your sales:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sales as a merchant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::PartyNames</name>
    <message>
        <source>Account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::Passphrase</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak: use a longer passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair: longer or more varied is safer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::PassphrasePage</name>
    <message>
        <source>The passphrases do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase encrypts the wallet on this computer. You need it to send coins and to see your recovery words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::PaymentLinkOpener</name>
    <message>
        <source>Open or create a wallet first to pay this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment link cannot be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::ProducerPanel</name>
    <message>
        <source>Reading the producer&apos;s state…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node has no key to produce blocks with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mining at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not mining.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not producing blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Producing. Our next block is expected at %1 (in %n second(s)).</source>
        <translation>
            <numerusform>Producing. Our next block is expected at %1 (in %n second).</numerusform>
            <numerusform>Producing. Our next block is expected at %1 (in %n seconds).</numerusform>
        </translation>
    </message>
    <message>
        <source>Producing; none of our keys is due to produce soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produce blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the wallet to produce blocks: its accounts sign them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::QrCodeWidget</name>
    <message>
        <source>Too long for a QR code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::ReceiveWidget</name>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, 64 hex digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. your shop&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order ID must be 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::RestoreMnemonicPage</name>
    <message>
        <source>Word %1 (&quot;%2&quot;) is not in the BIP39 word lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the 12 to 24 words, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid recovery phrase (%1 English words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid recovery phrase (%1 Chinese words).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 words so far; a recovery phrase has 12, 15, 18, 21 or 24 words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checksum does not match: a word is wrong or out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a valid recovery phrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your recovery words (English or Chinese) in order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BIP39 passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if you set one when the wallet was made. A different passphrase gives a different, empty wallet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::RevealMnemonicDialog</name>
    <message>
        <source>Recovery words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the wallet passphrase to show the recovery words:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees these words can take your coins. Write them on paper and keep them safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not show the recovery words: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::SalesChart</name>
    <message>
        <source>Sales could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sales in the last %n day(s): %1 from %2</source>
        <translation>
            <numerusform>Sales in the last day: %1 from %2</numerusform>
            <numerusform>Sales in the last %n days: %1 from %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::SendPage</name>
    <message>
        <source>Send / Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::SendWidget</name>
    <message>
        <source>Paying order %1 (looking it up…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The balance could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paying order %1: %2 × %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This order is %1: it can no longer be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This payment link is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The memo is too long: %1 bytes, at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 for order %2 to %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sent transaction cannot be taken back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. Transaction ID: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address book is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send coins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or waybill: payment link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a saved address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t pay an order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional; visible to everyone on the chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the network&apos;s minimum for this transaction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than this account can spend: %1 available, fee included.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show amounts in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the wallet after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill will use this directory from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2), genesis %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create or restore a wallet on another network: a new one, one you join, or a dev network</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::SharingPanel</name>
    <message>
        <source>This node accepts peers on port %1. Others join this network with its genesis file and this computer&apos;s address and that port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node does not accept peers: port %1 could not be opened (another program may be using it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This node does not accept peers; start it with --listen PORT to let others join.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genesis file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::StakingPage</name>
    <message>
        <source>The account could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spendable: %1 · Staked: %2 (%3 mature) · Unbonding: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staked (mature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staked, maturing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matures at block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>released at block %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet has no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: signing and sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent. Transaction ID: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to stake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the account&apos;s spendable balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount to unstake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than the account has staked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick up to %1 delegates to vote for; voting for none withdraws your votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of at most %2 delegates chosen. Your whole stake backs each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delegates could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake, delegates and block production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your stake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stake (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unstake (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stake matures after %1 blocks; unstaked coins return to the balance after %2 blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3–20 of a–z, 0–9, &apos;-&apos; and &apos;_&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register as delegate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registering burns %1 on top of the fee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::Startup</name>
    <message>
        <source>Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waybill could not open the network &quot;%1&quot; chosen for this data directory: %2

It opened the local dev network instead. Choose again with &quot;Create or restore your own wallet…&quot; on the Welcome page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::StartupProgress</name>
    <message>
        <source>Starting Waybill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the network and unlocking the wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the block store…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::TrayNotifier</name>
    <message>
        <source>Order paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2) was paid: %3 are in escrow. Ship it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2) was shipped. Confirm receipt when it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order disputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2) is disputed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order %1 (%2) is complete: %3 were released to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 received from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::UnlockDialog</name>
    <message>
        <source>Unlock wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the wallet passphrase to unlock it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wallet is busy; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unlock the wallet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the dev network&apos;s wallet: its passphrase is empty. Press Unlock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::WalletMenu</name>
    <message>
        <source>&amp;Wallet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;recovery words…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up wallet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
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
    <message>
        <source>Create or restore your own wallet…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>wb::ui::WindowEdit</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 window is too long: at most %2 blocks (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>= %1 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
