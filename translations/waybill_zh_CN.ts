<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>wb::ui::BackupDialog</name>
    <message>
        <source>Back up wallet</source>
        <translation>备份钱包</translation>
    </message>
    <message>
        <source>Save a copy of the wallet file. It stays protected by your passphrase.</source>
        <translation>保存钱包文件的副本。副本仍受你的密码保护。</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Save backup</source>
        <translation>保存备份</translation>
    </message>
    <message>
        <source>Wallet files (*.wallet)</source>
        <translation>钱包文件 (*.wallet)</translation>
    </message>
    <message>
        <source>Choose where to save the backup.</source>
        <translation>请选择备份的保存位置。</translation>
    </message>
    <message>
        <source>The wallet is busy; try again in a moment.</source>
        <translation>钱包正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>备份失败：%1</translation>
    </message>
</context>
<context>
    <name>wb::ui::ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>新密码：</translation>
    </message>
    <message>
        <source>Repeat new passphrase:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <source>Enter the current and the new passphrase.</source>
        <translation>请输入当前密码和新密码。</translation>
    </message>
    <message>
        <source>The new passphrases do not match.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>The wallet is busy; try again in a moment.</source>
        <translation>钱包正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>The passphrase was not changed: %1</source>
        <translation>密码未修改：%1</translation>
    </message>
</context>
<context>
    <name>wb::ui::ConfirmMnemonicPage</name>
    <message>
        <source>Word #%1 is not right. Check the words you wrote down, or go back to see them again.</source>
        <translation>第 %1 个词不正确。请核对你抄下的词，或返回上一步重新查看。</translation>
    </message>
    <message>
        <source>Confirm your recovery words</source>
        <translation>确认助记词</translation>
    </message>
    <message>
        <source>Type the words asked for, to show that you wrote them down.</source>
        <translation>请输入指定位置的词，以确认你已把它们抄下。</translation>
    </message>
    <message>
        <source>Word #%1:</source>
        <translation>第 %1 个词：</translation>
    </message>
</context>
<context>
    <name>wb::ui::CreateMnemonicPage</name>
    <message>
        <source>Your recovery words</source>
        <translation>你的助记词</translation>
    </message>
    <message>
        <source>Write these words down in order and keep them safe.</source>
        <translation>请按顺序抄下这些词并妥善保管。</translation>
    </message>
    <message>
        <source>Number of words:</source>
        <translation>词数：</translation>
    </message>
    <message>
        <source>12 words</source>
        <translation>12 个词</translation>
    </message>
    <message>
        <source>24 words</source>
        <translation>24 个词</translation>
    </message>
    <message>
        <source>Word list:</source>
        <translation>词表：</translation>
    </message>
    <message>
        <source>These words are the only way to restore your wallet if this computer is lost. Anyone who knows them can spend your coins. Never type them into a website.</source>
        <translation>如果这台电脑丢失，这些词是恢复钱包的唯一方法。任何知道它们的人都能花掉你的币。切勿在任何网站中输入它们。</translation>
    </message>
</context>
<context>
    <name>wb::ui::FinishPage</name>
    <message>
        <source>Wallet file: %1
Network: %2
Your first address: %3</source>
        <translation>钱包文件：%1
网络：%2
你的第一个地址：%3</translation>
    </message>
    <message>
        <source>The wallet was not created: %1</source>
        <translation>钱包未创建：%1</translation>
    </message>
    <message>
        <source>Creating your wallet</source>
        <translation>正在创建钱包</translation>
    </message>
    <message>
        <source>Encrypting the wallet. This takes a few seconds…</source>
        <translation>正在加密钱包，需要几秒钟…</translation>
    </message>
    <message>
        <source>Your wallet is ready.</source>
        <translation>你的钱包已就绪。</translation>
    </message>
    <message>
        <source>The wallet could not be created. Go back to change your choices.</source>
        <translation>无法创建钱包。请返回修改你的选择。</translation>
    </message>
</context>
<context>
    <name>wb::ui::FirstRunWizard</name>
    <message>
        <source>Set up Waybill</source>
        <translation>设置 Waybill</translation>
    </message>
    <message>
        <source>Welcome to Waybill</source>
        <translation>欢迎使用 Waybill</translation>
    </message>
    <message>
        <source>Waybill keeps your coins in a wallet protected by a passphrase and recoverable from a list of words. Do you want to create a new wallet or restore one?</source>
        <translation>Waybill 把你的币保存在受密码保护的钱包中，并可通过一组助记词恢复。你要创建新钱包还是恢复已有钱包？</translation>
    </message>
    <message>
        <source>Create a new wallet</source>
        <translation>创建新钱包</translation>
    </message>
    <message>
        <source>Restore a wallet from its recovery words</source>
        <translation>用助记词恢复钱包</translation>
    </message>
</context>
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
    <name>wb::ui::NetworkPage</name>
    <message>
        <source>The network name needs 1 to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, not starting with &apos;.&apos;.</source>
        <translation>网络名称需要 1 到 64 个字母、数字、“.”、“_”或“-”，且不能以“.”开头。</translation>
    </message>
    <message>
        <source>Give the first account some coins.</source>
        <translation>请给第一个账户分配一些币。</translation>
    </message>
    <message>
        <source>The amount is not valid: %1</source>
        <translation>金额无效：%1</translation>
    </message>
    <message>
        <source>The delegate name needs 3 to 20 of a-z, 0-9, &apos;_&apos; and &apos;-&apos;.</source>
        <translation>受托人名称需要 3 到 20 个字符，只能使用 a-z、0-9、“_”和“-”。</translation>
    </message>
    <message>
        <source>Enter at least one peer as host:port.</source>
        <translation>请至少输入一个节点，格式为 主机:端口。</translation>
    </message>
    <message>
        <source>Choose the genesis file the network&apos;s creator gave you.</source>
        <translation>请选择网络创建者提供给你的创世文件。</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Network &quot;%1&quot; (%2), genesis %3…</source>
        <translation>网络“%1”（%2），创世哈希 %3…</translation>
    </message>
    <message>
        <source>Genesis file</source>
        <translation>创世文件</translation>
    </message>
    <message>
        <source>Genesis files (*.json);;All files (*)</source>
        <translation>创世文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Choose the blockchain network this wallet belongs to.</source>
        <translation>选择此钱包所属的区块链网络。</translation>
    </message>
    <message>
        <source>Open a local dev network for trying things out:</source>
        <translation>打开本地开发网络进行试用：</translation>
    </message>
    <message>
        <source>Start a new network</source>
        <translation>创建新网络</translation>
    </message>
    <message>
        <source>Join an existing network</source>
        <translation>加入现有网络</translation>
    </message>
    <message>
        <source>Consensus:</source>
        <translation>共识机制：</translation>
    </message>
    <message>
        <source>Network name:</source>
        <translation>网络名称：</translation>
    </message>
    <message>
        <source>Coins for your first account (WBL):</source>
        <translation>分配给第一个账户的币（WBL）：</translation>
    </message>
    <message>
        <source>Your delegate name:</source>
        <translation>你的受托人名称：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>host:port, e.g. 203.0.113.5:9333</source>
        <translation>主机:端口，例如 203.0.113.5:9333</translation>
    </message>
    <message>
        <source>Genesis file:</source>
        <translation>创世文件：</translation>
    </message>
    <message>
        <source>Peer:</source>
        <translation>节点：</translation>
    </message>
</context>
<context>
    <name>wb::ui::NodeStatusBar</name>
    <message>
        <source>Proof of work</source>
        <translation>工作量证明</translation>
    </message>
    <message>
        <source>Proof of stake</source>
        <translation>权益证明</translation>
    </message>
    <message>
        <source>Delegated proof of stake</source>
        <translation>委托权益证明</translation>
    </message>
    <message>
        <source>Node error: %1</source>
        <translation>节点错误：%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Height …</source>
        <translation>高度 …</translation>
    </message>
    <message>
        <source>Connecting to the node…</source>
        <translation>正在连接节点…</translation>
    </message>
    <message>
        <source>Height %1</source>
        <translation>高度 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n 个节点</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>正在同步 %1 / %2</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>已同步</translation>
    </message>
</context>
<context>
    <name>wb::ui::OverviewPage</name>
    <message>
        <source>Some balances could not be read: %1</source>
        <translation>部分余额无法读取：%1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Your accounts as of the latest block</source>
        <translation>截至最新区块的账户情况</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总额：</translation>
    </message>
    <message>
        <source>Spendable (not in escrow or stake):</source>
        <translation>可用（不含托管和质押）：</translation>
    </message>
    <message>
        <source>Staked:</source>
        <translation>已质押：</translation>
    </message>
    <message>
        <source>Unbonding:</source>
        <translation>解押中：</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <source>Spendable</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>Staked</source>
        <translation>已质押</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>解押中</translation>
    </message>
</context>
<context>
    <name>wb::ui::Passphrase</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Weak: use a longer passphrase.</source>
        <translation>弱：请使用更长的密码。</translation>
    </message>
    <message>
        <source>Fair: longer or more varied is safer.</source>
        <translation>中等：更长或字符种类更多会更安全。</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>强。</translation>
    </message>
</context>
<context>
    <name>wb::ui::PassphrasePage</name>
    <message>
        <source>The passphrases do not match.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>Wallet passphrase</source>
        <translation>钱包密码</translation>
    </message>
    <message>
        <source>The passphrase encrypts the wallet on this computer. You need it to send coins and to see your recovery words.</source>
        <translation>密码用于加密这台电脑上的钱包。发送币和查看助记词时都需要它。</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Repeat passphrase:</source>
        <translation>再次输入密码：</translation>
    </message>
</context>
<context>
    <name>wb::ui::QrCodeWidget</name>
    <message>
        <source>Too long for a QR code</source>
        <translation>内容太长，无法生成二维码</translation>
    </message>
</context>
<context>
    <name>wb::ui::ReceiveWidget</name>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>Order ID:</source>
        <translation>订单 ID：</translation>
    </message>
    <message>
        <source>Optional, 64 hex digits</source>
        <translation>可选，64 位十六进制数</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <source>Optional, e.g. your shop&apos;s name</source>
        <translation>可选，例如你的店铺名称</translation>
    </message>
    <message>
        <source>Copy URI</source>
        <translation>复制 URI</translation>
    </message>
    <message>
        <source>The amount is not valid: %1</source>
        <translation>金额无效：%1</translation>
    </message>
    <message>
        <source>it is zero</source>
        <translation>金额为零</translation>
    </message>
    <message>
        <source>The order ID must be 64 hexadecimal digits.</source>
        <translation>订单 ID 必须是 64 位十六进制数。</translation>
    </message>
    <message>
        <source>The label is too long.</source>
        <translation>标签太长。</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收款</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>金额（%1）：</translation>
    </message>
</context>
<context>
    <name>wb::ui::RestoreMnemonicPage</name>
    <message>
        <source>Word %1 (&quot;%2&quot;) is not in the BIP39 word lists.</source>
        <translation>第 %1 个词（“%2”）不在 BIP39 词表中。</translation>
    </message>
    <message>
        <source>Type or paste the 12 to 24 words, separated by spaces.</source>
        <translation>请输入或粘贴 12 到 24 个词，用空格分隔。</translation>
    </message>
    <message>
        <source>Valid recovery phrase (%1 English words).</source>
        <translation>有效的助记词（%1 个英文词）。</translation>
    </message>
    <message>
        <source>Valid recovery phrase (%1 Chinese words).</source>
        <translation>有效的助记词（%1 个中文词）。</translation>
    </message>
    <message>
        <source>%1 words so far; a recovery phrase has 12, 15, 18, 21 or 24 words.</source>
        <translation>已输入 %1 个词；助记词应有 12、15、18、21 或 24 个词。</translation>
    </message>
    <message>
        <source>The checksum does not match: a word is wrong or out of order.</source>
        <translation>校验和不匹配：有词写错或顺序不对。</translation>
    </message>
    <message>
        <source>Not a valid recovery phrase: %1</source>
        <translation>不是有效的助记词：%1</translation>
    </message>
    <message>
        <source>Restore a wallet</source>
        <translation>恢复钱包</translation>
    </message>
    <message>
        <source>Enter your recovery words (English or Chinese) in order:</source>
        <translation>请按顺序输入你的助记词（英文或中文）：</translation>
    </message>
    <message>
        <source>BIP39 passphrase:</source>
        <translation>BIP39 密码短语：</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Only if you set one when the wallet was made. A different passphrase gives a different, empty wallet.</source>
        <translation>仅在创建钱包时设置过才需要填写。不同的密码短语会得到另一个空钱包。</translation>
    </message>
</context>
<context>
    <name>wb::ui::RevealMnemonicDialog</name>
    <message>
        <source>Recovery words</source>
        <translation>助记词</translation>
    </message>
    <message>
        <source>Enter the wallet passphrase to show the recovery words:</source>
        <translation>输入钱包密码以显示助记词：</translation>
    </message>
    <message>
        <source>Anyone who sees these words can take your coins. Write them on paper and keep them safe.</source>
        <translation>任何看到这些词的人都能拿走你的币。请把它们抄在纸上并妥善保管。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The wallet is busy; try again in a moment.</source>
        <translation>钱包正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>Could not show the recovery words: %1</source>
        <translation>无法显示助记词：%1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
</context>
<context>
    <name>wb::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Show amounts in:</source>
        <translation>金额显示单位：</translation>
    </message>
    <message>
        <source>Lock the wallet after:</source>
        <translation>自动锁定钱包时间：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>数据目录：</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>更改…</translation>
    </message>
    <message>
        <source>Choose the data directory</source>
        <translation>选择数据目录</translation>
    </message>
    <message>
        <source>Waybill will use this directory from the next start.</source>
        <translation>Waybill 将在下次启动时使用此目录。</translation>
    </message>
</context>
<context>
    <name>wb::ui::Startup</name>
    <message>
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <source>The node could not start: %1</source>
        <translation>节点无法启动：%1</translation>
    </message>
    <message>
        <source>Waybill restarts now to open your wallet on its network.</source>
        <translation>Waybill 将立即重启，在钱包所属的网络上打开你的钱包。</translation>
    </message>
</context>
<context>
    <name>wb::ui::UnlockDialog</name>
    <message>
        <source>Unlock wallet</source>
        <translation>解锁钱包</translation>
    </message>
    <message>
        <source>Enter the wallet passphrase to unlock it:</source>
        <translation>输入钱包密码以解锁：</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Enter the passphrase.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>The wallet is busy; try again in a moment.</source>
        <translation>钱包正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>Could not unlock the wallet: %1</source>
        <translation>无法解锁钱包：%1</translation>
    </message>
</context>
<context>
    <name>wb::ui::WalletMenu</name>
    <message>
        <source>&amp;Wallet</source>
        <translation>钱包(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>解锁(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>修改密码(&amp;P)…</translation>
    </message>
    <message>
        <source>Show &amp;recovery words…</source>
        <translation>显示助记词(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Back up wallet…</source>
        <translation>备份钱包(&amp;B)…</translation>
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
    <message>
        <source>Create or restore your own wallet…</source>
        <translation>创建或恢复你自己的钱包…</translation>
    </message>
</context>
</TS>
