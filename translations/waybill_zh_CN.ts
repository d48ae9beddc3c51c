<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ErrorText</name>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>The amount is not a number.</source>
        <translation>金额不是有效数字。</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <source>The amount has more decimal places than the unit allows.</source>
        <translation>金额的小数位数超出了该单位允许的范围。</translation>
    </message>
    <message>
        <source>The amount is too large.</source>
        <translation>金额过大。</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>金额必须大于零。</translation>
    </message>
    <message>
        <source>This is not a valid address.</source>
        <translation>这不是有效的地址。</translation>
    </message>
    <message>
        <source>The address has a typo: its checksum does not match.</source>
        <translation>地址有误：校验和不匹配。</translation>
    </message>
    <message>
        <source>This address belongs to another network.</source>
        <translation>该地址属于另一个网络。</translation>
    </message>
    <message>
        <source>The quantity must be at least 1.</source>
        <translation>数量至少为 1。</translation>
    </message>
    <message>
        <source>The unit price must be more than zero.</source>
        <translation>单价必须大于零。</translation>
    </message>
    <message>
        <source>Quantity × unit price is too large.</source>
        <translation>数量 × 单价过大。</translation>
    </message>
    <message>
        <source>A deadline window is outside the allowed range.</source>
        <translation>期限窗口超出了允许的范围。</translation>
    </message>
    <message>
        <source>The merchant and the buyer must be different accounts.</source>
        <translation>商家和买家必须是不同的账户。</translation>
    </message>
    <message>
        <source>The arbiter cannot be the merchant or the buyer.</source>
        <translation>仲裁人不能是商家或买家。</translation>
    </message>
    <message>
        <source>Only the merchant or the buyer can create this order.</source>
        <translation>只有商家或买家可以创建此订单。</translation>
    </message>
    <message>
        <source>The order needs both a merchant and a buyer.</source>
        <translation>订单必须同时有商家和买家。</translation>
    </message>
    <message>
        <source>Describe the item.</source>
        <translation>请填写商品描述。</translation>
    </message>
    <message>
        <source>A delegate name is 3 to 20 characters: lower-case letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>代表名称为 3 到 20 个字符：小写字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <source>You voted for more delegates than allowed.</source>
        <translation>投票的代表数量超过了上限。</translation>
    </message>
    <message>
        <source>The same delegate is chosen twice.</source>
        <translation>同一位代表被选择了两次。</translation>
    </message>
    <message>
        <source>The fee is below the network&apos;s minimum.</source>
        <translation>手续费低于网络的最低要求。</translation>
    </message>
    <message>
        <source>The transaction&apos;s signature is not valid.</source>
        <translation>交易签名无效。</translation>
    </message>
    <message>
        <source>The transaction is out of sequence with this account&apos;s others; try again in a moment.</source>
        <translation>该交易与此账户的其他交易顺序不符，请稍后再试。</translation>
    </message>
    <message>
        <source>The account&apos;s spendable balance is too low for this.</source>
        <translation>账户的可用余额不足。</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>没有这个订单。</translation>
    </message>
    <message>
        <source>The order is not in a state that allows this action.</source>
        <translation>订单当前的状态不允许此操作。</translation>
    </message>
    <message>
        <source>This account is not the party that may take this action.</source>
        <translation>此账户无权执行该操作。</translation>
    </message>
    <message>
        <source>The payment does not match the order&apos;s total.</source>
        <translation>付款金额与订单总额不符。</translation>
    </message>
    <message>
        <source>The order has no arbiter to resolve a dispute.</source>
        <translation>该订单没有仲裁人，无法处理争议。</translation>
    </message>
    <message>
        <source>The refund is larger than the escrow.</source>
        <translation>退款金额超过了托管金额。</translation>
    </message>
    <message>
        <source>That delegate name is taken.</source>
        <translation>该代表名称已被占用。</translation>
    </message>
    <message>
        <source>This account is already a delegate.</source>
        <translation>此账户已经是代表。</translation>
    </message>
    <message>
        <source>A chosen delegate is not registered.</source>
        <translation>所选的代表尚未注册。</translation>
    </message>
    <message>
        <source>The account has not staked that much.</source>
        <translation>该账户的质押金额不足。</translation>
    </message>
    <message>
        <source>The amounts involved are too large.</source>
        <translation>涉及的金额过大。</translation>
    </message>
    <message>
        <source>An order with this id already exists.</source>
        <translation>已存在相同编号的订单。</translation>
    </message>
    <message>
        <source>The genesis file cannot be read or written.</source>
        <translation>无法读取或写入创世文件。</translation>
    </message>
    <message>
        <source>A recovery phrase has 12, 15, 18, 21 or 24 words.</source>
        <translation>助记词应为 12、15、18、21 或 24 个单词。</translation>
    </message>
    <message>
        <source>A word of the recovery phrase is not in the word list.</source>
        <translation>助记词中有单词不在词表中。</translation>
    </message>
    <message>
        <source>The recovery phrase has a wrong word: its checksum does not match.</source>
        <translation>助记词中有错误的单词：校验和不匹配。</translation>
    </message>
    <message>
        <source>This file is not a Waybill wallet.</source>
        <translation>此文件不是 Waybill 钱包。</translation>
    </message>
    <message>
        <source>This wallet was made by a newer version of Waybill.</source>
        <translation>此钱包由更新版本的 Waybill 创建。</translation>
    </message>
    <message>
        <source>The wallet file is damaged.</source>
        <translation>钱包文件已损坏。</translation>
    </message>
    <message>
        <source>This wallet belongs to another network.</source>
        <translation>此钱包属于另一个网络。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>The wallet is locked. Unlock it first.</source>
        <translation>钱包已锁定，请先解锁。</translation>
    </message>
    <message>
        <source>The wallet file cannot be read or written.</source>
        <translation>无法读取或写入钱包文件。</translation>
    </message>
    <message>
        <source>That account is not in this wallet.</source>
        <translation>该账户不在此钱包中。</translation>
    </message>
    <message>
        <source>The label is too long or not valid text.</source>
        <translation>标签过长或不是有效的文本。</translation>
    </message>
    <message>
        <source>This address is already in the address book.</source>
        <translation>该地址已在地址簿中。</translation>
    </message>
    <message>
        <source>This address is not in the address book.</source>
        <translation>该地址不在地址簿中。</translation>
    </message>
    <message>
        <source>The text is too long for this field.</source>
        <translation>该字段的文本过长。</translation>
    </message>
    <message>
        <source>This account is not the order&apos;s party for this action.</source>
        <translation>此账户不是该订单中可执行此操作的一方。</translation>
    </message>
    <message>
        <source>That address is banned.</source>
        <translation>该地址已被封禁。</translation>
    </message>
    <message>
        <source>The node has as many connections as it allows.</source>
        <translation>节点的连接数已达上限。</translation>
    </message>
    <message>
        <source>The node is already connected to that address.</source>
        <translation>节点已连接到该地址。</translation>
    </message>
    <message>
        <source>Enter an IP address and port, e.g. 192.168.1.5:9735.</source>
        <translation>请输入 IP 地址和端口，例如 192.168.1.5:9735。</translation>
    </message>
    <message>
        <source>The ban list file cannot be written.</source>
        <translation>无法写入封禁列表文件。</translation>
    </message>
    <message>
        <source>This transaction was already sent.</source>
        <translation>该交易已发送过。</translation>
    </message>
    <message>
        <source>The node has too many pending transactions; try a higher fee or later.</source>
        <translation>节点的待处理交易过多，请提高手续费或稍后再试。</translation>
    </message>
    <message>
        <source>This account has too many pending transactions; wait for a block.</source>
        <translation>此账户的待处理交易过多，请等待下一个区块。</translation>
    </message>
    <message>
        <source>This node has no key to produce blocks with.</source>
        <translation>此节点没有可用于出块的密钥。</translation>
    </message>
    <message>
        <source>A block could not be produced.</source>
        <translation>无法生成区块。</translation>
    </message>
    <message>
        <source>The data directory cannot be read or written.</source>
        <translation>无法读取或写入数据目录。</translation>
    </message>
    <message>
        <source>A network of that name already exists in this data directory: choose another name.</source>
        <translation>此数据目录中已有同名网络：请换一个名称。</translation>
    </message>
    <message>
        <source>This data directory already holds a different network of that name. To join this one, choose another data directory in Settings first.</source>
        <translation>此数据目录中已有另一个同名网络。要加入这个网络，请先在“设置”中选择另一个数据目录。</translation>
    </message>
</context>
<context>
    <name>wb::ui::AboutDialog</name>
    <message>
        <source>About Waybill</source>
        <translation>关于 Waybill</translation>
    </message>
    <message>
        <source>Waybill %1</source>
        <translation>Waybill %1</translation>
    </message>
    <message>
        <source>A merchant wallet with its own blockchain node: orders paid into escrow, shipments, receipts, staking and delegates.</source>
        <translation>自带区块链节点的商户钱包：订单货款托管、发货、确认收货、质押和委托人。</translation>
    </message>
    <message>
        <source>Copyright © 2026 Waybill developers. All rights reserved: Waybill has not yet been published under a free software licence.</source>
        <translation>版权所有 © 2026 Waybill 开发者。保留所有权利：Waybill 尚未以自由软件许可证发布。</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>使用的库：</translation>
    </message>
</context>
<context>
    <name>wb::ui::ActivityModel</name>
    <message>
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <source>Order paid</source>
        <translation>订单付款</translation>
    </message>
    <message>
        <source>Order shipped</source>
        <translation>订单发货</translation>
    </message>
    <message>
        <source>Receipt confirmed</source>
        <translation>确认收货</translation>
    </message>
    <message>
        <source>Order cancelled</source>
        <translation>订单已取消</translation>
    </message>
    <message>
        <source>Order disputed</source>
        <translation>订单争议</translation>
    </message>
    <message>
        <source>Dispute resolved</source>
        <translation>争议已裁决</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>质押</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>解除质押</translation>
    </message>
    <message>
        <source>Delegate registered</source>
        <translation>注册受托人</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Block reward</source>
        <translation>出块奖励</translation>
    </message>
    <message>
        <source>Order deadline</source>
        <translation>订单到期</translation>
    </message>
    <message>
        <source>Stake released</source>
        <translation>质押已释放</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>交易 %1</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>The note is sealed: unlock the wallet to read it.</source>
        <translation>附言已加密：解锁钱包后才能查看。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Counterparty</source>
        <translation>对方</translation>
    </message>
    <message>
        <source>Memo / item</source>
        <translation>备注 / 商品</translation>
    </message>
    <message>
        <source>Fee %1</source>
        <translation>手续费 %1</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
</context>
<context>
    <name>wb::ui::ActivityPage</name>
    <message>
        <source>The history could not be read: %1</source>
        <translation>无法读取历史记录：%1</translation>
    </message>
    <message>
        <source>The wallet&apos;s history could not be scanned: %1</source>
        <translation>无法扫描钱包的历史记录：%1</translation>
    </message>
    <message>
        <source>Scanning the chain for the wallet&apos;s transactions…</source>
        <translation>正在扫描区块链中属于本钱包的交易…</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>暂无记录。</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Everything that happened to your accounts</source>
        <translation>您的账户的全部动态</translation>
    </message>
    <message>
        <source>Search memo, item, address, transaction or order ID</source>
        <translation>搜索备注、商品、地址、交易 ID 或订单 ID</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>全部账户</translation>
    </message>
    <message>
        <source>Search the activity</source>
        <translation>搜索活动记录</translation>
    </message>
    <message>
        <source>Account shown</source>
        <translation>显示的账户</translation>
    </message>
    <message>
        <source>This wallet runs a light node, which keeps no blocks: it lists what the transactions this wallet sent did, once a block holds them. Transfers from others, deadline payouts and block rewards are not listed; the balances, which its peers prove, include them.</source>
        <translation>此钱包运行轻节点，它不保存区块：区块收录本钱包发出的交易后，这里会列出这些交易的结果。他人的转账、期限到期的付款和出块奖励不会列出；由对等节点证明的余额已包含它们。</translation>
    </message>
</context>
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
    <name>wb::ui::BlocksModel</name>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>出块者</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
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
    <name>wb::ui::DelegatesModel</name>
    <message>
        <source>Active</source>
        <translation>活跃</translation>
    </message>
    <message>
        <source>Standby</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>已出块</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>漏块</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>得票</translation>
    </message>
</context>
<context>
    <name>wb::ui::EvidencePanel</name>
    <message>
        <source>Double production</source>
        <translation>重复出块</translation>
    </message>
    <message>
        <source>No delegate has signed two blocks for one slot.</source>
        <translation>没有代表在同一个出块时段签署两个区块。</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>代表</translation>
    </message>
    <message>
        <source>Slot time</source>
        <translation>时段时间</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>区块</translation>
    </message>
</context>
<context>
    <name>wb::ui::ExplorerDetail</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 转给 %2</translation>
    </message>
    <message>
        <source>%1 × %2 at %3 (merchant %4, buyer %5)</source>
        <translation>%1 × %2，单价 %3（商家 %4，买家 %5）</translation>
    </message>
    <message>
        <source>%1 for order %2</source>
        <translation>%1 用于订单 %2</translation>
    </message>
    <message>
        <source>%1 back to the payer of order %2</source>
        <translation>%1 退还给订单 %2 的付款人</translation>
    </message>
    <message numerus="yes">
        <source>%n delegate(s)</source>
        <translation>
            <numerusform>%n 个受托人</numerusform>
        </translation>
    </message>
    <message>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>上一区块</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Producer</source>
        <translation>出块者</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>交易数</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Main chain</source>
        <translation>主链</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no (a side branch)</source>
        <translation>否（侧链分支）</translation>
    </message>
    <message>
        <source>Transaction ID</source>
        <translation>交易 ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>交易</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>序号（nonce）</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>手续费</translation>
    </message>
    <message>
        <source>waiting in the mempool for the next block</source>
        <translation>在交易池中等待下一个区块</translation>
    </message>
    <message>
        <source>in the mempool, behind an earlier transaction of its sender</source>
        <translation>在交易池中，排在其发送方更早的一笔交易之后</translation>
    </message>
    <message>
        <source>in block %1 (position %2)</source>
        <translation>位于区块 %1（第 %2 笔）</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>区块</translation>
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
    <name>wb::ui::KindFilterButton</name>
    <message>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <source>All but block rewards</source>
        <translation>除出块奖励外的全部类型</translation>
    </message>
    <message>
        <source>%1 types</source>
        <translation>%1 种类型</translation>
    </message>
    <message>
        <source>Which types of entry to show; tick several to see them together.</source>
        <translation>要显示哪些类型的记录；可勾选多项同时显示。</translation>
    </message>
    <message>
        <source>Types shown</source>
        <translation>显示的类型</translation>
    </message>
</context>
<context>
    <name>wb::ui::LockStatus</name>
    <message>
        <source>Wallet busy…</source>
        <translation>钱包忙碌中…</translation>
    </message>
    <message>
        <source>A wallet operation is running</source>
        <translation>钱包操作正在进行</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>The wallet is locked: click to unlock it</source>
        <translation>钱包已锁定：点击解锁</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>已解锁</translation>
    </message>
    <message>
        <source>The wallet is unlocked: click to lock it</source>
        <translation>钱包已解锁：点击锁定</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Waybill</source>
        <translation>关于 Waybill(&amp;A)</translation>
    </message>
    <message>
        <source>Show Waybill</source>
        <translation>显示 Waybill</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>wb::ui::NetworkExplorerPage</name>
    <message>
        <source>The peers could not be read: %1</source>
        <translation>无法读取节点列表：%1</translation>
    </message>
    <message>
        <source>The bans could not be read: %1</source>
        <translation>无法读取封禁列表：%1</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>入站</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>出站</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>连接中…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Enter a port, or an IP address and port such as 192.0.2.1:9333 or [2001:db8::1]:9333.</source>
        <translation>请输入端口，或 IP 地址加端口，例如 192.0.2.1:9333 或 [2001:db8::1]:9333。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connecting to %1.</source>
        <translation>正在连接 %1。</translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <source>Select a peer to ban first.</source>
        <translation>请先选择要封禁的节点。</translation>
    </message>
    <message>
        <source>%1 is banned for 24 hours.</source>
        <translation>%1 已被封禁 24 小时。</translation>
    </message>
    <message>
        <source>Could not ban %1: %2</source>
        <translation>无法封禁 %1：%2</translation>
    </message>
    <message>
        <source>Select a ban to lift first.</source>
        <translation>请先选择要解除的封禁。</translation>
    </message>
    <message>
        <source>The ban on %1 is lifted.</source>
        <translation>已解除对 %1 的封禁。</translation>
    </message>
    <message>
        <source>Could not lift the ban on %1: %2</source>
        <translation>无法解除对 %1 的封禁：%2</translation>
    </message>
    <message>
        <source>There is no block at height %1 yet.</source>
        <translation>高度 %1 处还没有区块。</translation>
    </message>
    <message>
        <source>Enter a block height, a block hash or a transaction ID (64 hexadecimal digits).</source>
        <translation>请输入区块高度、区块哈希或交易 ID（64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>This block is not stored.</source>
        <translation>本节点没有存储这个区块。</translation>
    </message>
    <message>
        <source>No block or transaction has this ID.</source>
        <translation>没有区块或交易使用此 ID。</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Blocks and transactions</source>
        <translation>区块与交易</translation>
    </message>
    <message>
        <source>Connected peers</source>
        <translation>已连接的节点</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>客户端</translation>
    </message>
    <message>
        <source>Ping</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>Ban selected peer</source>
        <translation>封禁所选节点</translation>
    </message>
    <message>
        <source>Connect to:</source>
        <translation>连接到：</translation>
    </message>
    <message>
        <source>[host:]port, e.g. 192.0.2.1:9333</source>
        <translation>[主机:]端口，例如 192.0.2.1:9333</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Banned addresses</source>
        <translation>已封禁的地址</translation>
    </message>
    <message>
        <source>Banned until</source>
        <translation>封禁至</translation>
    </message>
    <message>
        <source>Lift ban</source>
        <translation>解除封禁</translation>
    </message>
    <message>
        <source>Block height, block hash or transaction ID</source>
        <translation>区块高度、区块哈希或交易 ID</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>This wallet runs a light node: it keeps block headers only and proves what it shows with its full peers, so there are no blocks or transactions to explore here.</source>
        <translation>此钱包运行轻节点：它只保存区块头，并通过全节点对等方的证明来验证所显示的内容，因此这里没有可浏览的区块或交易。</translation>
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
        <source>Genesis file:</source>
        <translation>创世文件：</translation>
    </message>
    <message>
        <source>Peer:</source>
        <translation>节点：</translation>
    </message>
    <message>
        <source>Enter at least one peer as IP address:port.</source>
        <translation>请至少输入一个节点，格式为 IP 地址:端口。</translation>
    </message>
    <message>
        <source>IP address:port, e.g. 203.0.113.5:9333</source>
        <translation>IP 地址:端口，例如 203.0.113.5:9333</translation>
    </message>
    <message>
        <source>Accept peers on port:</source>
        <translation>接受节点连接的端口：</translation>
    </message>
    <message>
        <source>Others join your network with its genesis file and this computer&apos;s address and port.</source>
        <translation>其他人凭网络的创世文件以及本机的地址和端口加入你的网络。</translation>
    </message>
    <message>
        <source>Light node: keep block headers only (megabytes) and have the peers prove every balance and order shown</source>
        <translation>轻节点：只保存区块头（数兆字节），由对等节点证明所显示的每笔余额和订单</translation>
    </message>
    <message>
        <source>A light node trusts that its peers do not all hide the best chain or the same order; it cannot be told a false balance. It has no block explorer.</source>
        <translation>轻节点相信其对等节点不会全部隐藏最佳链或同一订单；它不会被告知虚假的余额。轻节点没有区块浏览器。</translation>
    </message>
</context>
<context>
    <name>wb::ui::NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>新建账户</translation>
    </message>
    <message>
        <source>A new account of this wallet, restored with the same recovery words. Its name (optional, for you only):</source>
        <translation>此钱包的一个新账户，可用同一组助记词恢复。名称（可选，仅您自己可见）：</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>账户名称</translation>
    </message>
    <message>
        <source>e.g. Shop, Savings</source>
        <translation>例如：店铺、储蓄</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>添加账户</translation>
    </message>
    <message>
        <source>The wallet is busy; try again in a moment.</source>
        <translation>钱包正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>The account could not be added: %1</source>
        <translation>无法添加账户：%1</translation>
    </message>
</context>
<context>
    <name>wb::ui::NewOrderDialog</name>
    <message>
        <source>Choose one of your accounts.</source>
        <translation>请选择您的一个账户。</translation>
    </message>
    <message>
        <source>The merchant and the buyer must be different accounts.</source>
        <translation>商家和买家必须是不同的账户。</translation>
    </message>
    <message>
        <source>The arbiter&apos;s address: %1</source>
        <translation>仲裁人地址：%1</translation>
    </message>
    <message>
        <source>The arbiter cannot be the merchant or the buyer.</source>
        <translation>仲裁人不能是商家或买家。</translation>
    </message>
    <message>
        <source>Describe the item.</source>
        <translation>请填写商品描述。</translation>
    </message>
    <message>
        <source>The item description is too long: at most %1 bytes (%2 now).</source>
        <translation>商品描述过长：最多 %1 字节（当前 %2 字节）。</translation>
    </message>
    <message>
        <source>Enter a unit price above zero.</source>
        <translation>请输入大于零的单价。</translation>
    </message>
    <message>
        <source>The unit price: %1</source>
        <translation>单价：%1</translation>
    </message>
    <message>
        <source>Quantity × unit price is too large.</source>
        <translation>数量 × 单价过大。</translation>
    </message>
    <message>
        <source>The note is too long: at most %1 bytes (%2 now).</source>
        <translation>备注过长：最多 %1 字节（当前 %2 字节）。</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>I am the:</source>
        <translation>我是：</translation>
    </message>
    <message>
        <source>Merchant (selling)</source>
        <translation>商家（出售）</translation>
    </message>
    <message>
        <source>Buyer (buying)</source>
        <translation>买家（购买）</translation>
    </message>
    <message>
        <source>My account:</source>
        <translation>我的账户：</translation>
    </message>
    <message>
        <source>Buyer:</source>
        <translation>买家：</translation>
    </message>
    <message>
        <source>Merchant:</source>
        <translation>商家：</translation>
    </message>
    <message>
        <source>Pick from the address book or type an address</source>
        <translation>从地址簿中选择或输入地址</translation>
    </message>
    <message>
        <source>Arbiter (optional):</source>
        <translation>仲裁人（可选）：</translation>
    </message>
    <message>
        <source>None: the order cannot be disputed</source>
        <translation>无：该订单不能发起争议</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>商品：</translation>
    </message>
    <message>
        <source>Quantity:</source>
        <translation>数量：</translation>
    </message>
    <message>
        <source>Unit price:</source>
        <translation>单价：</translation>
    </message>
    <message>
        <source>Total:</source>
        <translation>总价：</translation>
    </message>
    <message>
        <source>Private note:</source>
        <translation>私密备注：</translation>
    </message>
    <message>
        <source>E.g. the shipping address; only the buyer, merchant and arbiter can read it</source>
        <translation>例如收货地址；只有买家、商家和仲裁人可以读取</translation>
    </message>
    <message>
        <source>Create order</source>
        <translation>创建订单</translation>
    </message>
    <message>
        <source>Choose the buyer or type their address.</source>
        <translation>请选择买家或输入其地址。</translation>
    </message>
    <message>
        <source>Choose the merchant or type their address.</source>
        <translation>请选择商家或输入其地址。</translation>
    </message>
    <message>
        <source>The buyer&apos;s address: %1</source>
        <translation>买家地址：%1</translation>
    </message>
    <message>
        <source>The merchant&apos;s address: %1</source>
        <translation>商家地址：%1</translation>
    </message>
    <message>
        <source>pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>confirm</source>
        <translation>确认收货</translation>
    </message>
    <message>
        <source>Pay within:</source>
        <translation>付款期限：</translation>
    </message>
    <message>
        <source>Ship within:</source>
        <translation>发货期限：</translation>
    </message>
    <message>
        <source>Confirm within:</source>
        <translation>确认收货期限：</translation>
    </message>
    <message>
        <source>Pay within</source>
        <translation>付款期限</translation>
    </message>
    <message>
        <source>Ship within</source>
        <translation>发货期限</translation>
    </message>
    <message>
        <source>Confirm within</source>
        <translation>确认收货期限</translation>
    </message>
    <message>
        <source>How long each step may take once the previous one is done. Hours and days are converted to blocks at %1 s per block, rounded up.</source>
        <translation>上一步完成后，每一步最多可用的时间。小时和天按每个区块 %1 秒换算为区块数，向上取整。</translation>
    </message>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <source>Arbiter</source>
        <translation>仲裁人</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>私密备注</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <name>wb::ui::OrderActionPanel</name>
    <message>
        <source>Enter the payer&apos;s share of the escrow.</source>
        <translation>请输入托管金额中退给付款人的部分。</translation>
    </message>
    <message>
        <source>Signing and submitting…</source>
        <translation>正在签名并提交…</translation>
    </message>
    <message>
        <source>Submitted, waiting for a block (transaction %1).</source>
        <translation>已提交，等待区块确认（交易 %1）。</translation>
    </message>
    <message>
        <source>Carrier and tracking number (only the buyer and arbiter can read it)</source>
        <translation>快递公司和运单号（只有买家和仲裁人可以读取）</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Optional, seen by everyone</source>
        <translation>可选，所有人可见</translation>
    </message>
    <message>
        <source>To the payer:</source>
        <translation>退给付款人：</translation>
    </message>
    <message>
        <source>The payer&apos;s share of the escrow; the rest goes to the merchant.</source>
        <translation>托管金额中退给付款人的部分；其余归商家。</translation>
    </message>
    <message>
        <source>Tracking to send:</source>
        <translation>要发送的物流单号：</translation>
    </message>
    <message>
        <source>Pay %1 for &quot;%2&quot;? The money stays in escrow until you confirm receipt.</source>
        <translation>为“%2”支付 %1？款项会一直托管，直到您确认收货。</translation>
    </message>
    <message>
        <source>Confirm that &quot;%1&quot; arrived? %2 will be released to the merchant; this cannot be undone.</source>
        <translation>确认“%1”已收到？%2 将释放给商家，此操作无法撤销。</translation>
    </message>
    <message>
        <source>Resolve the dispute over &quot;%1&quot;: %2 to the payer and %3 to the merchant? This cannot be undone.</source>
        <translation>裁决“%1”的争议：%2 退还付款人，%3 支付给商家？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>请确认</translation>
    </message>
    <message>
        <source>Enter the carrier and tracking number, or tick &quot;%1&quot;.</source>
        <translation>请输入承运商和物流单号，或勾选“%1”。</translation>
    </message>
    <message>
        <source>The tracking is too long: at most %1 bytes (%2 now).</source>
        <translation>物流信息过长：最多 %1 字节（当前 %2）。</translation>
    </message>
    <message>
        <source>Ship &quot;%1&quot; without tracking? No tracking can be added later.</source>
        <translation>不附物流单号发货“%1”？之后无法再补充物流单号。</translation>
    </message>
    <message>
        <source>Ship &quot;%1&quot; with tracking &quot;%2&quot;? It cannot be changed later.</source>
        <translation>以物流单号“%2”发货“%1”？之后无法更改。</translation>
    </message>
    <message>
        <source>Refund &quot;%1&quot;? %2 goes back to the payer and the order ends; this cannot be undone.</source>
        <translation>退款“%1”？%2 将退还给付款人，订单随即结束；此操作无法撤销。</translation>
    </message>
    <message>
        <source>Tracking to send</source>
        <translation>要发送的物流单号</translation>
    </message>
    <message>
        <source>Ship without tracking (hand delivery, digital goods)</source>
        <translation>不附物流单号发货（当面交付、数字商品）</translation>
    </message>
    <message>
        <source>Ship without tracking</source>
        <translation>不附物流单号发货</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>To the payer</source>
        <translation>退给付款人</translation>
    </message>
    <message>
        <source>Action error</source>
        <translation>操作错误</translation>
    </message>
    <message>
        <source>Action status</source>
        <translation>操作状态</translation>
    </message>
    <message>
        <source>The payer&apos;s share cannot exceed the escrow of %1.</source>
        <translation>付款人所得部分不能超过托管金额 %1。</translation>
    </message>
</context>
<context>
    <name>wb::ui::OrderDetailWidget</name>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Sealed: unlock the wallet to read it.</source>
        <translation>已加密：解锁钱包后可查看。</translation>
    </message>
    <message>
        <source>Sealed (%1)</source>
        <translation>已加密（%1）</translation>
    </message>
    <message>
        <source>%1 (ahead)</source>
        <translation>%1（待进行）</translation>
    </message>
    <message>
        <source>[%1 · block %2]</source>
        <translation>[%1 · 区块 %2]</translation>
    </message>
    <message>
        <source>%1 · block %2</source>
        <translation>%1 · 区块 %2</translation>
    </message>
    <message>
        <source>%1 × %2 — order %3</source>
        <translation>%1 × %2 — 订单 %3</translation>
    </message>
    <message>
        <source>Merchant: %1</source>
        <translation>商家：%1</translation>
    </message>
    <message>
        <source>Buyer: %1</source>
        <translation>买家：%1</translation>
    </message>
    <message>
        <source>Arbiter: %1</source>
        <translation>仲裁人：%1</translation>
    </message>
    <message>
        <source>Paid by: %1</source>
        <translation>付款人：%1</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message>
        <source>In escrow: %1</source>
        <translation>托管中：%1</translation>
    </message>
    <message>
        <source>Released to the merchant: %1</source>
        <translation>已支付给商家：%1</translation>
    </message>
    <message>
        <source>Returned to the payer: %1</source>
        <translation>已退还付款人：%1</translation>
    </message>
    <message>
        <source>%1 — deadline at block %2, %3</source>
        <translation>%1 — 截止区块 %2，%3</translation>
    </message>
    <message>
        <source>not shipped yet</source>
        <translation>尚未发货</translation>
    </message>
    <message>
        <source>Select an order to see its details and what you can do with it.</source>
        <translation>选择一个订单，查看详情及可执行的操作。</translation>
    </message>
    <message>
        <source>Parties:</source>
        <translation>参与方：</translation>
    </message>
    <message>
        <source>Amounts:</source>
        <translation>金额：</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>进度：</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Tracking:</source>
        <translation>物流单号：</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>原因：</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>正在解密…</translation>
    </message>
</context>
<context>
    <name>wb::ui::OrderTableModel</name>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Buyer → merchant</source>
        <translation>买家 → 商家</translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation>商家</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总价</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建于</translation>
    </message>
</context>
<context>
    <name>wb::ui::OrderText</name>
    <message>
        <source>Created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>争议中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已裁决</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>付款</translation>
    </message>
    <message>
        <source>Ship</source>
        <translation>发货</translation>
    </message>
    <message>
        <source>Confirm receipt</source>
        <translation>确认收货</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <source>Dispute</source>
        <translation>发起争议</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>裁决</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>in %1 blocks (≈ %2)</source>
        <translation>%1 个区块后（约 %2）</translation>
    </message>
    <message>
        <source>block %1</source>
        <translation>区块 %1</translation>
    </message>
    <message>
        <source>block %1, %2</source>
        <translation>区块 %1，%2</translation>
    </message>
</context>
<context>
    <name>wb::ui::OrdersPage</name>
    <message>
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <source>orders.csv</source>
        <translation>订单.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>The orders could not be read: %1</source>
        <translation>无法读取订单：%1</translation>
    </message>
    <message>
        <source>All my accounts</source>
        <translation>我的全部账户</translation>
    </message>
    <message>
        <source>Order %1 submitted, waiting for a block.</source>
        <translation>订单 %1 已提交，等待区块确认。</translation>
    </message>
    <message>
        <source>Exporting orders…</source>
        <translation>正在导出订单…</translation>
    </message>
    <message>
        <source>Exporting orders… %1 read</source>
        <translation>正在导出订单… 已读取 %1 个</translation>
    </message>
    <message>
        <source>Exported %1 orders to %2.</source>
        <translation>已将 %1 个订单导出到 %2。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Buying</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Selling</source>
        <translation>销售</translation>
    </message>
    <message>
        <source>Arbitrating</source>
        <translation>仲裁</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>New order…</source>
        <translation>新建订单…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <source>Orders status</source>
        <translation>订单状态信息</translation>
    </message>
    <message>
        <source>No orders in this state. Choose &quot;All states&quot; to see the others.</source>
        <translation>没有处于此状态的订单。选择“全部状态”可查看其他订单。</translation>
    </message>
    <message>
        <source>No orders yet. Create one with &quot;New order…&quot;, or share your payment link from Send / Receive → Receive.</source>
        <translation>还没有订单。点击“新建订单…”创建一个，或在“付款 / 收款 → 收款”中分享你的收款链接。</translation>
    </message>
    <message>
        <source>No order names one of your accounts as its arbiter.</source>
        <translation>没有订单将你的账户指定为仲裁人。</translation>
    </message>
    <message>
        <source>Nothing to pay yet. When a merchant creates an order for one of your accounts, it appears here.</source>
        <translation>暂无待付款订单。商家为你的账户创建订单后，会显示在这里。</translation>
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
    <message>
        <source>In escrow for your purchases:</source>
        <translation>您的购买托管中：</translation>
    </message>
    <message>
        <source>In escrow for your sales:</source>
        <translation>您的销售托管中：</translation>
    </message>
    <message>
        <source>Your sales as a merchant</source>
        <translation>您作为商家的销售额</translation>
    </message>
</context>
<context>
    <name>wb::ui::PartyNames</name>
    <message>
        <source>Account %1</source>
        <translation>账户 %1</translation>
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
    <name>wb::ui::PaymentLinkOpener</name>
    <message>
        <source>Open or create a wallet first to pay this link.</source>
        <translation>请先打开或创建钱包，再支付此链接。</translation>
    </message>
    <message>
        <source>This payment link cannot be opened: %1</source>
        <translation>无法打开此付款链接：%1</translation>
    </message>
</context>
<context>
    <name>wb::ui::ProducerPanel</name>
    <message>
        <source>Reading the producer&apos;s state…</source>
        <translation>正在读取出块状态…</translation>
    </message>
    <message>
        <source>This node has no key to produce blocks with.</source>
        <translation>本节点没有可用于出块的密钥。</translation>
    </message>
    <message>
        <source>Mining at %1.</source>
        <translation>正在挖矿，算力 %1。</translation>
    </message>
    <message>
        <source>Not mining.</source>
        <translation>未在挖矿。</translation>
    </message>
    <message>
        <source>Not producing blocks.</source>
        <translation>未在出块。</translation>
    </message>
    <message numerus="yes">
        <source>Producing. Our next block is expected at %1 (in %n second(s)).</source>
        <translation>
            <numerusform>正在出块。我们的下一个区块预计在 %1（%n 秒后）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Producing; none of our keys is due to produce soon.</source>
        <translation>正在出块；近期没有轮到我们的密钥出块。</translation>
    </message>
    <message>
        <source>Mine blocks</source>
        <translation>挖矿</translation>
    </message>
    <message>
        <source>Produce blocks</source>
        <translation>出块</translation>
    </message>
    <message>
        <source>Unlock the wallet to produce blocks: its accounts sign them.</source>
        <translation>请解锁钱包以出块：区块由钱包中的账户签名。</translation>
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
    <name>wb::ui::SalesChart</name>
    <message>
        <source>Sales could not be read: %1</source>
        <translation>无法读取销售数据：%1</translation>
    </message>
    <message>
        <source>Sales (%1)</source>
        <translation>销售额（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sales in the last %n day(s): %1 from %2</source>
        <translation>
            <numerusform>最近 %n 天的销售额：%1，共 %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>wb::ui::SendPage</name>
    <message>
        <source>Send / Receive</source>
        <translation>付款 / 收款</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收款</translation>
    </message>
</context>
<context>
    <name>wb::ui::SendWidget</name>
    <message>
        <source>Paying order %1 (looking it up…)</source>
        <translation>正在支付订单 %1（查询中…）</translation>
    </message>
    <message>
        <source>The balance could not be read: %1</source>
        <translation>无法读取余额：%1</translation>
    </message>
    <message>
        <source>No such order.</source>
        <translation>没有这个订单。</translation>
    </message>
    <message>
        <source>Paying order %1: %2 × %3</source>
        <translation>正在支付订单 %1：%2 × %3</translation>
    </message>
    <message>
        <source>This order is %1: it can no longer be paid.</source>
        <translation>该订单状态为 %1，已无法付款。</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s address.</source>
        <translation>请输入收款地址。</translation>
    </message>
    <message>
        <source>This payment link is not valid: %1</source>
        <translation>付款链接无效：%1</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>The memo is too long: %1 bytes, at most %2.</source>
        <translation>备注过长：%1 字节，最多 %2 字节。</translation>
    </message>
    <message>
        <source>Confirm sending</source>
        <translation>确认发送</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Pay %1 for order %2 to %3?</source>
        <translation>向 %3 支付订单 %2 的 %1？</translation>
    </message>
    <message>
        <source>Send %1 to %2?</source>
        <translation>向 %2 发送 %1？</translation>
    </message>
    <message>
        <source>Fee: %1.</source>
        <translation>手续费：%1。</translation>
    </message>
    <message>
        <source>Memo: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>A sent transaction cannot be taken back.</source>
        <translation>交易一经发送便无法撤回。</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>正在签名并发送…</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Sent. Transaction ID: %1</source>
        <translation>已发送。交易 ID：%1</translation>
    </message>
    <message>
        <source>The wallet is busy; try again in a moment.</source>
        <translation>钱包正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>Address book</source>
        <translation>地址簿</translation>
    </message>
    <message>
        <source>The address book is empty.</source>
        <translation>地址簿为空。</translation>
    </message>
    <message>
        <source>Your accounts</source>
        <translation>您的账户</translation>
    </message>
    <message>
        <source>Send coins</source>
        <translation>发送币</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>付款账户：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>收款地址：</translation>
    </message>
    <message>
        <source>Address or waybill: payment link</source>
        <translation>地址或 waybill: 付款链接</translation>
    </message>
    <message>
        <source>Choose a saved address</source>
        <translation>选择已保存的地址</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>订单：</translation>
    </message>
    <message>
        <source>Don&apos;t pay an order</source>
        <translation>不支付订单</translation>
    </message>
    <message>
        <source>Amount (%1):</source>
        <translation>金额（%1）：</translation>
    </message>
    <message>
        <source>Memo:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Optional; visible to everyone on the chain</source>
        <translation>可选；链上所有人都能看到</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>手续费：</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>发送…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Available: %1</source>
        <translation>可用：%1</translation>
    </message>
    <message>
        <source>%1 (the network&apos;s minimum for this transaction)</source>
        <translation>%1（本笔交易的网络最低手续费）</translation>
    </message>
    <message>
        <source>More than this account can spend: %1 available, fee included.</source>
        <translation>超出该账户可支出的数额：含手续费可用 %1。</translation>
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
    <message>
        <source>No network open</source>
        <translation>未打开网络</translation>
    </message>
    <message>
        <source>%1 (%2), genesis %3…</source>
        <translation>%1（%2），创世区块 %3…</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>网络：</translation>
    </message>
    <message>
        <source>Switch network…</source>
        <translation>切换网络…</translation>
    </message>
    <message>
        <source>Create or restore a wallet on another network: a new one, one you join, or a dev network</source>
        <translation>在另一个网络上创建或恢复钱包：新建网络、加入已有网络或开发网络</translation>
    </message>
</context>
<context>
    <name>wb::ui::SharingPanel</name>
    <message>
        <source>This node accepts peers on port %1. Others join this network with its genesis file and this computer&apos;s address and that port.</source>
        <translation>本节点在端口 %1 上接受其他节点连接。其他人凭本网络的创世文件以及本机的地址和该端口加入。</translation>
    </message>
    <message>
        <source>This node does not accept peers: port %1 could not be opened (another program may be using it).</source>
        <translation>本节点不接受其他节点连接：无法打开端口 %1（可能有其他程序正在使用）。</translation>
    </message>
    <message>
        <source>This node does not accept peers; start it with --listen PORT to let others join.</source>
        <translation>本节点不接受其他节点连接；如需让他人加入，请用 --listen 端口 启动。</translation>
    </message>
    <message>
        <source>Genesis file:</source>
        <translation>创世文件：</translation>
    </message>
    <message>
        <source>Copy path</source>
        <translation>复制路径</translation>
    </message>
</context>
<context>
    <name>wb::ui::StakingPage</name>
    <message>
        <source>The account could not be read: %1</source>
        <translation>无法读取该账户：%1</translation>
    </message>
    <message>
        <source>Spendable: %1 · Staked: %2 (%3 mature) · Unbonding: %4</source>
        <translation>可用：%1 · 已质押：%2（已成熟 %3）· 解绑中：%4</translation>
    </message>
    <message>
        <source>Staked (mature)</source>
        <translation>已质押（已成熟）</translation>
    </message>
    <message>
        <source>Staked, maturing</source>
        <translation>已质押，成熟中</translation>
    </message>
    <message>
        <source>matures at block %1</source>
        <translation>于区块 %1 成熟</translation>
    </message>
    <message>
        <source>Unbonding</source>
        <translation>解绑中</translation>
    </message>
    <message>
        <source>released at block %1</source>
        <translation>于区块 %1 释放</translation>
    </message>
    <message>
        <source>The wallet has no account.</source>
        <translation>钱包中没有账户。</translation>
    </message>
    <message>
        <source>%1: signing and sending…</source>
        <translation>%1：正在签名并发送…</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1失败：%2</translation>
    </message>
    <message>
        <source>%1 sent. Transaction ID: %2</source>
        <translation>%1已发送。交易 ID：%2</translation>
    </message>
    <message>
        <source>Enter the amount to stake.</source>
        <translation>请输入要质押的金额。</translation>
    </message>
    <message>
        <source>More than the account&apos;s spendable balance.</source>
        <translation>超过了该账户的可用余额。</translation>
    </message>
    <message>
        <source>Stake</source>
        <translation>质押</translation>
    </message>
    <message>
        <source>Enter the amount to unstake.</source>
        <translation>请输入要解除质押的金额。</translation>
    </message>
    <message>
        <source>More than the account has staked.</source>
        <translation>超过了该账户的质押数额。</translation>
    </message>
    <message>
        <source>Unstake</source>
        <translation>解除质押</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>注册</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Tick up to %1 delegates to vote for; voting for none withdraws your votes.</source>
        <translation>勾选最多 %1 个受托人进行投票；不选任何人即撤回您的投票。</translation>
    </message>
    <message>
        <source>%1 of at most %2 delegates chosen. Your whole stake backs each of them.</source>
        <translation>已选择 %1 个受托人（最多 %2 个）。您的全部质押会同时支持每一位。</translation>
    </message>
    <message>
        <source>Withdraw votes</source>
        <translation>撤回投票</translation>
    </message>
    <message>
        <source>The delegates could not be read: %1</source>
        <translation>无法读取受托人列表：%1</translation>
    </message>
    <message>
        <source>Staking</source>
        <translation>质押</translation>
    </message>
    <message>
        <source>Stake, delegates and block production</source>
        <translation>质押、受托人与出块</translation>
    </message>
    <message>
        <source>Your stake</source>
        <translation>您的质押</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Stake (%1):</source>
        <translation>质押（%1）：</translation>
    </message>
    <message>
        <source>Unstake (%1):</source>
        <translation>解除质押（%1）：</translation>
    </message>
    <message>
        <source>New stake matures after %1 blocks; unstaked coins return to the balance after %2 blocks.</source>
        <translation>新质押在 %1 个区块后成熟；解除质押的币在 %2 个区块后回到余额。</translation>
    </message>
    <message>
        <source>Delegates</source>
        <translation>受托人</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>3–20 of a–z, 0–9, &apos;-&apos; and &apos;_&apos;</source>
        <translation>3–20 个字符：a–z、0–9、“-”和“_”</translation>
    </message>
    <message>
        <source>Register as delegate</source>
        <translation>注册为受托人</translation>
    </message>
    <message>
        <source>Block production</source>
        <translation>出块</translation>
    </message>
    <message>
        <source>Registering burns %1 on top of the fee.</source>
        <translation>注册除手续费外还会销毁 %1。</translation>
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
        <source>Waybill could not open the network &quot;%1&quot; chosen for this data directory: %2

It opened the local dev network instead. Choose again with &quot;Create or restore your own wallet…&quot; on the Welcome page.</source>
        <translation>Waybill 无法打开为此数据目录选择的网络“%1”：%2

已改为打开本地开发网络。请在欢迎页点击“创建或恢复您自己的钱包…”重新选择。</translation>
    </message>
</context>
<context>
    <name>wb::ui::StartupProgress</name>
    <message>
        <source>Starting Waybill</source>
        <translation>正在启动 Waybill</translation>
    </message>
    <message>
        <source>Preparing the network and unlocking the wallet…</source>
        <translation>正在准备网络并解锁钱包…</translation>
    </message>
    <message>
        <source>Opening the block store…</source>
        <translation>正在打开区块存储…</translation>
    </message>
</context>
<context>
    <name>wb::ui::TrayNotifier</name>
    <message>
        <source>Order paid</source>
        <translation>订单已付款</translation>
    </message>
    <message>
        <source>Order %1 (%2) was paid: %3 are in escrow. Ship it.</source>
        <translation>订单 %1（%2）已付款：%3 已托管，请发货。</translation>
    </message>
    <message>
        <source>Order shipped</source>
        <translation>订单已发货</translation>
    </message>
    <message>
        <source>Order %1 (%2) was shipped. Confirm receipt when it arrives.</source>
        <translation>订单 %1（%2）已发货，收到后请确认收货。</translation>
    </message>
    <message>
        <source>Order disputed</source>
        <translation>订单有争议</translation>
    </message>
    <message>
        <source>Order %1 (%2) is disputed: %3</source>
        <translation>订单 %1（%2）出现争议：%3</translation>
    </message>
    <message>
        <source>Order completed</source>
        <translation>订单已完成</translation>
    </message>
    <message>
        <source>Order %1 (%2) is complete: %3 were released to you.</source>
        <translation>订单 %1（%2）已完成：%3 已释放给您。</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>收到付款</translation>
    </message>
    <message>
        <source>%1 received from %2</source>
        <translation>收到来自 %2 的 %1</translation>
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
        <source>The wallet is busy; try again in a moment.</source>
        <translation>钱包正忙，请稍后再试。</translation>
    </message>
    <message>
        <source>Could not unlock the wallet: %1</source>
        <translation>无法解锁钱包：%1</translation>
    </message>
    <message>
        <source>Wallet passphrase</source>
        <translation>钱包密码</translation>
    </message>
    <message>
        <source>This is the dev network&apos;s wallet: its passphrase is empty. Press Unlock.</source>
        <translation>这是开发网络的钱包：它的密码为空，直接点击“解锁”即可。</translation>
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
    <message>
        <source>&amp;New account…</source>
        <translation>新建账户(&amp;N)…</translation>
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
<context>
    <name>wb::ui::WindowEdit</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 (unit)</source>
        <translation>%1（单位）</translation>
    </message>
    <message>
        <source>The %1 window is too long: at most %2 blocks (%3).</source>
        <translation>%1期限过长：最多 %2 个区块（%3）。</translation>
    </message>
    <message>
        <source>too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>≈ %1</translation>
    </message>
    <message>
        <source>= %1 blocks</source>
        <translation>= %1 个区块</translation>
    </message>
    <message>
        <source>blocks</source>
        <translation>区块</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
</context>
</TS>
