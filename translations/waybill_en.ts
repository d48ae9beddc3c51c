<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Enter at least one peer as host:port.</source>
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
        <source>host:port, e.g. 203.0.113.5:9333</source>
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
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <source>Waybill restarts now to open your wallet on its network.</source>
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
        <source>Enter the passphrase.</source>
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
</TS>
