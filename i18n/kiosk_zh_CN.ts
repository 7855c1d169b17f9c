<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BookingScreen</name>
    <message>
        <source>Fully booked</source>
        <translation>已约满</translation>
    </message>
    <message>
        <source>{n} places left</source>
        <translation>余 {n} 个名额</translation>
    </message>
    <message>
        <source>Book a time for this service</source>
        <translation>预约此项业务的办理时间</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Optional; kept masked, for a reminder.</source>
        <translation>可不填；仅用于提醒，脱敏保存。</translation>
    </message>
    <message>
        <source>If you like, type a mobile number for a reminder. It is stored masked. Or tap “Next” to skip.</source>
        <translation>如需提醒，请输入手机号码，号码将脱敏保存；不需要请直接点“下一步”。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The step before.</source>
        <translation>回到上一步。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Confirm booking</source>
        <translation>确认预约</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>进入下一步。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>{category}
{when}
Mobile: {phone}</source>
        <translation>{category}
{when}
手机：{phone}</translation>
    </message>
    <message>
        <source>Booked. Your appointment code:</source>
        <translation>预约成功。您的预约码：</translation>
    </message>
    <message>
        <source>{category}, {when}. Please write the code down or take a photo; check in here with it on the day.</source>
        <translation>{category}，{when}。请抄下预约码或拍照保存，当天凭预约码在本机签到。</translation>
    </message>
    <message>
        <source>Book an appointment: choose the service</source>
        <translation>预约办理：请选择业务</translation>
    </message>
    <message>
        <source>Choose the day</source>
        <translation>请选择日期</translation>
    </message>
    <message>
        <source>Choose the time</source>
        <translation>请选择时段</translation>
    </message>
    <message>
        <source>A phone number for a reminder?</source>
        <translation>需要留手机号码接收提醒吗？</translation>
    </message>
    <message>
        <source>Please check your booking</source>
        <translation>请核对预约信息</translation>
    </message>
    <message>
        <source>Your appointment is booked</source>
        <translation>预约成功</translation>
    </message>
    <message>
        <source>Step 1 of 4. Evenings, Saturdays and holiday openings are bookable too.</source>
        <translation>第 1 步，共 4 步。延时、周六错时和节假日服务也可预约。</translation>
    </message>
    <message>
        <source>Step 2 of 4. {category}: the next two weeks.</source>
        <translation>第 2 步，共 4 步。{category}：今后两周。</translation>
    </message>
    <message>
        <source>Step 3 of 4. Each time shows the places left.</source>
        <translation>第 3 步，共 4 步。每个时段显示剩余名额。</translation>
    </message>
    <message>
        <source>Step 4 of 4.</source>
        <translation>第 4 步，共 4 步。</translation>
    </message>
    <message>
        <source>Tap “Confirm booking” if this is right.</source>
        <translation>信息无误请点“确认预约”。</translation>
    </message>
    <message>
        <source>Bring this code when you come.</source>
        <translation>来办理时请带上预约码。</translation>
    </message>
    <message>
        <source>No times can be booked for this service in the next two weeks.</source>
        <translation>此项业务今后两周没有可预约的时段。</translation>
    </message>
    <message>
        <source>Your code is {code}.</source>
        <translation>您的预约码是 {code}。</translation>
    </message>
</context>
<context>
    <name>BottomBar</name>
    <message>
        <source>Read aloud</source>
        <translation>朗读本页</translation>
    </message>
    <message>
        <source>Reads this screen aloud.</source>
        <translation>朗读本页内容。</translation>
    </message>
    <message>
        <source>Slower</source>
        <translation>慢一点</translation>
    </message>
    <message>
        <source>Speaks more slowly.</source>
        <translation>放慢朗读速度。</translation>
    </message>
    <message>
        <source>Faster</source>
        <translation>快一点</translation>
    </message>
    <message>
        <source>Speaks faster.</source>
        <translation>加快朗读速度。</translation>
    </message>
</context>
<context>
    <name>CaseScreen</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>We cannot find case {number}. Please check the number on your receipt; a case accepted in the last few minutes may not be here yet.</source>
        <translation>未找到办件 {number}。请核对受理凭证上的编号；刚受理几分钟的办件可能尚未同步到本机。</translation>
    </message>
    <message>
        <source>Please choose at least one reason.</source>
        <translation>请至少选择一项原因。</translation>
    </message>
    <message>
        <source>Type the case number printed on your acceptance receipt, then tap “Look up”.</source>
        <translation>请输入受理凭证上的办件编号，然后点“查询”。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Letters, digits and hyphens, typed with the keys below.</source>
        <translation>字母、数字和短横线，用下方按键输入。</translation>
    </message>
    <message>
        <source>Rates the case {level}.</source>
        <translation>评价为“{level}”。</translation>
    </message>
    <message>
        <source>What went wrong? Choose at least one reason:</source>
        <translation>哪里不满意？请至少选择一项原因：</translation>
    </message>
    <message>
        <source>A reason for the rating; tap to choose or unchoose.</source>
        <translation>评价原因，点一下选中或取消。</translation>
    </message>
    <message>
        <source>Look up</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Shows the case&apos;s progress.</source>
        <translation>显示办件进度。</translation>
    </message>
    <message>
        <source>Rate this case</source>
        <translation>评价此办件</translation>
    </message>
    <message>
        <source>One rating per case, from very satisfied to very dissatisfied.</source>
        <translation>一事一评，从非常满意到非常不满意。</translation>
    </message>
    <message>
        <source>Submit rating</source>
        <translation>提交评价</translation>
    </message>
    <message>
        <source>Sends your rating.</source>
        <translation>提交您的评价。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>回到上一个页面。</translation>
    </message>
    <message>
        <source>Thank you. Your rating of case {number} is recorded.</source>
        <translation>谢谢！您对办件 {number} 的评价已记录。</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Case {number}: {status}</source>
        <translation>办件 {number}：{status}</translation>
    </message>
    <message>
        <source>Items: {items}</source>
        <translation>事项：{items}</translation>
    </message>
    <message>
        <source>Applicant: {name}</source>
        <translation>申请人：{name}</translation>
    </message>
    <message>
        <source>Accepted: {when}</source>
        <translation>受理时间：{when}</translation>
    </message>
    <message>
        <source>Promised by: {day}</source>
        <translation>承诺办结日期：{day}</translation>
    </message>
    <message>
        <source>The promised date has passed: you may report it under “Could not get it done?”.</source>
        <translation>已超过承诺办结日期，您可以通过“办不成事反映”反映。</translation>
    </message>
    <message>
        <source>Finished: {when}</source>
        <translation>办结时间：{when}</translation>
    </message>
    <message>
        <source>Result: {result}</source>
        <translation>办理结果：{result}</translation>
    </message>
    <message>
        <source>You have rated this case. Thank you.</source>
        <translation>您已评价过此办件，谢谢。</translation>
    </message>
    <message>
        <source>You can rate this case once.</source>
        <translation>此办件可以评价一次。</translation>
    </message>
    <message>
        <source>You can rate it once it is finished.</source>
        <translation>办结后即可评价。</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进度</translation>
    </message>
    <message>
        <source>Accepted; no further step yet.</source>
        <translation>已受理，暂无后续环节。</translation>
    </message>
    <message>
        <source>Case progress</source>
        <translation>办件查询</translation>
    </message>
    <message>
        <source>Rate case {number}</source>
        <translation>评价办件 {number}</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>谢谢</translation>
    </message>
    <message>
        <source>Choose how satisfied you are. For the two lowest, choose a reason.</source>
        <translation>请选择满意程度；选择“不满意”或“非常不满意”时请选择原因。</translation>
    </message>
</context>
<context>
    <name>CheckInScreen</name>
    <message>
        <source>Appointment check-in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Type the appointment code from your booking message, then tap “Check in”. On time, you are served first.</source>
        <translation>请输入预约时获得的预约码，然后点“签到取号”。按时签到可优先办理。</translation>
    </message>
    <message>
        <source>Appointment code</source>
        <translation>预约码</translation>
    </message>
    <message>
        <source>Eight letters and digits, typed with the keys below.</source>
        <translation>8 位字母和数字，用下方按键输入。</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>签到取号</translation>
    </message>
    <message>
        <source>Checks in the appointment and gives your number.</source>
        <translation>预约签到并取号。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>回到上一个页面。</translation>
    </message>
</context>
<context>
    <name>FeedbackScreen</name>
    <message>
        <source>The materials needed were not made clear</source>
        <translation>所需材料没有说清楚</translation>
    </message>
    <message>
        <source>I came several times and it is still not done</source>
        <translation>跑了多次仍未办成</translation>
    </message>
    <message>
        <source>I was sent from one window or office to another</source>
        <translation>窗口或部门之间推来推去</translation>
    </message>
    <message>
        <source>I was refused without a reason</source>
        <translation>不予受理又不说明理由</translation>
    </message>
    <message>
        <source>A system fault stopped it</source>
        <translation>系统故障办不了</translation>
    </message>
    <message>
        <source>The promised time has passed</source>
        <translation>超过承诺时限仍未办结</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>其他问题</translation>
    </message>
    <message>
        <source>Tap to choose or unchoose.</source>
        <translation>点一下选中或取消。</translation>
    </message>
    <message>
        <source>Would you like a reply? Type your mobile number; it is kept only for the reply and shown masked. Or tap “Send” without one.</source>
        <translation>需要答复吗？请输入手机号码，仅用于答复并脱敏显示；不需要请直接点“提交”。</translation>
    </message>
    <message>
        <source>Mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <source>Optional, for the hall&apos;s reply.</source>
        <translation>可不填，用于大厅答复。</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>进入下一步。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The step before.</source>
        <translation>回到上一步。</translation>
    </message>
    <message>
        <source>Thank you. Your report is recorded; the hall will reply to {phone} in time.</source>
        <translation>谢谢！您的反映已登记，我们将按时答复至 {phone}。</translation>
    </message>
    <message>
        <source>Thank you. Your report is recorded and will be followed up.</source>
        <translation>谢谢！您的反映已登记，将有专人跟进。</translation>
    </message>
    <message>
        <source>Could not get it done?</source>
        <translation>办不成事反映</translation>
    </message>
    <message>
        <source>A reply?</source>
        <translation>需要答复吗？</translation>
    </message>
    <message>
        <source>Report sent</source>
        <translation>反映已提交</translation>
    </message>
    <message>
        <source>Tell us what went wrong: choose one or more, then tap “Next”.</source>
        <translation>请告诉我们遇到了什么问题：可多选，然后点“下一步”。</translation>
    </message>
</context>
<context>
    <name>GuidesScreen</name>
    <message>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>original and copy</source>
        <translation>原件及复印件</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>电子材料</translation>
    </message>
    <message>
        <source>1 copy</source>
        <translation>1 份</translation>
    </message>
    <message>
        <source>{n} copies</source>
        <translation>{n} 份</translation>
    </message>
    <message>
        <source>if it applies</source>
        <translation>视情况提供</translation>
    </message>
    <message>
        <source>★ an e-certificate can replace it: {name}</source>
        <translation>★ 可用电子证照代替：{name}</translation>
    </message>
    <message>
        <source>This kiosk has no printer.</source>
        <translation>本机没有打印机。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>{fault} Nothing was printed; the staff have been told.</source>
        <translation>{fault}未能打印，已通知工作人员。</translation>
    </message>
    <message>
        <source>Printed. Please take the paper from the slot below.</source>
        <translation>打印完成，请从下方出纸口取走。</translation>
    </message>
    <message>
        <source>{n} items</source>
        <translation>{n} 个事项</translation>
    </message>
    <message>
        <source>done on the spot</source>
        <translation>即办</translation>
    </message>
    <message>
        <source>{n} working days</source>
        <translation>{n} 个工作日</translation>
    </message>
    <message>
        <source>Find by name</source>
        <translation>按名称查找</translation>
    </message>
    <message>
        <source>Type part of the item&apos;s name or its pinyin initials.</source>
        <translation>输入事项名称的一部分或拼音首字母。</translation>
    </message>
    <message>
        <source>Print this guide</source>
        <translation>打印办事指南</translation>
    </message>
    <message>
        <source>Prints the whole guide to take home.</source>
        <translation>打印完整的办事指南带回家。</translation>
    </message>
    <message>
        <source>Print what I still need</source>
        <translation>打印缺少的材料</translation>
    </message>
    <message>
        <source>Tick the materials you do not have yet, then print them as a one-time notice.</source>
        <translation>勾选还没有的材料，打印成一次性告知单。</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Takes a number for this item.</source>
        <translation>为此事项取号。</translation>
    </message>
    <message>
        <source>Do it here</source>
        <translation>可在此办理</translation>
    </message>
    <message>
        <source>This item can be done at this kiosk from start to finish.</source>
        <translation>此事项可在本自助终端全程办理。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>回到上一个页面。</translation>
    </message>
    <message>
        <source>Service guides</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>Choose a service to see its items, or find an item by name.</source>
        <translation>选择业务类别查看事项，或按名称查找。</translation>
    </message>
    <message>
        <source>Find a service guide</source>
        <translation>查找办事指南</translation>
    </message>
    <message>
        <source>Type part of the name or its pinyin initials, then tap the item.</source>
        <translation>输入名称的一部分或拼音首字母，然后点选事项。</translation>
    </message>
    <message>
        <source>Service guides: {name}</source>
        <translation>办事指南：{name}</translation>
    </message>
    <message>
        <source>Tap an item to read its guide.</source>
        <translation>点选事项查看办事指南。</translation>
    </message>
    <message>
        <source>Tick the materials you do not have yet to print them as a list to take home.</source>
        <translation>勾选还没有的材料，可打印成清单带回家。</translation>
    </message>
    <message>
        <source>Who can apply</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <source>Materials (tap the ones you do not have yet)</source>
        <translation>申请材料（点选还没有的材料）</translation>
    </message>
    <message>
        <source>★ An electronic certificate can replace this paper.</source>
        <translation>★ 表示可用电子证照代替纸质材料。</translation>
    </message>
    <message>
        <source>Time, fee and trips</source>
        <translation>办理时限、收费和跑动次数</translation>
    </message>
    <message>
        <source>free</source>
        <translation>不收费</translation>
    </message>
    <message>
        <source>{n} yuan</source>
        <translation>{n} 元</translation>
    </message>
    <message>
        <source>no visit needed</source>
        <translation>无需到现场</translation>
    </message>
    <message>
        <source>at most 1 visit</source>
        <translation>最多跑 1 次</translation>
    </message>
    <message>
        <source>at most {n} visit(s)</source>
        <translation>最多跑 {n} 次</translation>
    </message>
    <message>
        <source>Promised time: {promised} (by law {legal} working days).
Fee: {fee}.
Visits: {trips}.
Where: {where}.</source>
        <translation>承诺时限：{promised}（法定 {legal} 个工作日）。
收费：{fee}。
到现场次数：{trips}。
办理地点：{where}。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>办理流程</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Help me with my business</source>
        <translation>请人帮我办事</translation>
    </message>
    <message>
        <source>A clerk helps you fill in forms and handle the item, or handles it for you.</source>
        <translation>工作人员帮您填表办理，或为您代办。</translation>
    </message>
    <message>
        <source>I find it hard to see, hear or move</source>
        <translation>我看不清、听不清或行动不便</translation>
    </message>
    <message>
        <source>A clerk comes to guide you through the hall.</source>
        <translation>工作人员来带您办理。</translation>
    </message>
    <message>
        <source>I am stuck at this machine</source>
        <translation>我不会用这台机器</translation>
    </message>
    <message>
        <source>A clerk comes to this kiosk to help you use it.</source>
        <translation>工作人员来本机旁帮您操作。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>回到上一个页面。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>回到首页。</translation>
    </message>
    <message>
        <source>The staff have been told (at {time}).</source>
        <translation>已通知工作人员（{time}）。</translation>
    </message>
    <message>
        <source>Please wait here at this kiosk: a clerk will come to you shortly.</source>
        <translation>请在本机旁稍候，工作人员很快就到。</translation>
    </message>
    <message>
        <source>Help is on the way</source>
        <translation>工作人员马上就到</translation>
    </message>
    <message>
        <source>Ask staff for help</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Choose what you need; a clerk will come to this kiosk.</source>
        <translation>请选择您需要的帮助，工作人员会到本机旁。</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Take a number</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Choose a service and get a number.</source>
        <translation>选择业务，领取排队号。</translation>
    </message>
    <message>
        <source>Do it yourself here</source>
        <translation>自助办理</translation>
    </message>
    <message>
        <source>Enquiries, printouts, applications: done at this kiosk.</source>
        <translation>查询、打印、申请，在本机办完。</translation>
    </message>
    <message>
        <source>Find by item name</source>
        <translation>按事项名称取号</translation>
    </message>
    <message>
        <source>Type part of the name or its pinyin initials, e.g. bdc.</source>
        <translation>输入名称或拼音首字母，如 bdc。</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Elderly, disabled or pregnant: served first.</source>
        <translation>老年人、残疾人、孕妇优先办理。</translation>
    </message>
    <message>
        <source>Appointment check-in</source>
        <translation>预约签到</translation>
    </message>
    <message>
        <source>Have a code? Get your priority number.</source>
        <translation>有预约码？签到领取优先号。</translation>
    </message>
    <message>
        <source>Book an appointment</source>
        <translation>预约办理</translation>
    </message>
    <message>
        <source>Including evenings, Saturdays and holidays.</source>
        <translation>含延时、周六错时和节假日服务。</translation>
    </message>
    <message>
        <source>Service guides</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>Materials, time limits, fees; print them.</source>
        <translation>材料、时限、收费，可打印。</translation>
    </message>
    <message>
        <source>Queue now</source>
        <translation>排队情况</translation>
    </message>
    <message>
        <source>Waiting and open windows.</source>
        <translation>等候人数和开放窗口。</translation>
    </message>
    <message>
        <source>Case progress and rating</source>
        <translation>办件查询与评价</translation>
    </message>
    <message>
        <source>Look up a case; rate a finished one.</source>
        <translation>查询办件进度，评价已办结的办件。</translation>
    </message>
    <message>
        <source>Ask staff for help</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Assisted service: a clerk comes to you.</source>
        <translation>工作人员到您身边帮您办。</translation>
    </message>
    <message>
        <source>Could not get it done?</source>
        <translation>办不成事反映</translation>
    </message>
    <message>
        <source>Tell us what went wrong; we reply in time.</source>
        <translation>遇到办不成的事请告诉我们，限时答复。</translation>
    </message>
    <message>
        <source>Nobody waiting</source>
        <translation>无人等候</translation>
    </message>
    <message>
        <source>{waiting} · {wait}</source>
        <translation>{waiting} · {wait}</translation>
    </message>
    <message>
        <source>{take}: {name}. {detail}.</source>
        <translation>{take}：{name}。{detail}。</translation>
    </message>
    <message>
        <source>Takes a number for {name}. {detail}.</source>
        <translation>领取{name}的排队号。{detail}。</translation>
    </message>
    <message>
        <source>More services</source>
        <translation>更多服务</translation>
    </message>
    <message>
        <source>Do it yourself, guides, queue, booking, case progress, feedback.</source>
        <translation>自助办理、办事指南、排队、预约、办件进度、反映问题。</translation>
    </message>
    <message>
        <source>Other services</source>
        <translation>其他服务</translation>
    </message>
    <message>
        <source>What would you like to do?</source>
        <translation>您要办什么？</translation>
    </message>
    <message>
        <source>Tap once to hear a button, tap it again to choose it.</source>
        <translation>按一下听按钮内容，再按一下确认。</translation>
    </message>
    <message>
        <source>Tap a service to take a number</source>
        <translation>轻触业务即可取号</translation>
    </message>
    <message>
        <source>Your number is given at once; other services are below.</source>
        <translation>点一下马上出号；其他服务在下方。</translation>
    </message>
    <message>
        <source>No queue numbers now; every other service works.</source>
        <translation>现在不是取号时间，其他服务照常使用。</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>您还在吗？</translation>
    </message>
    <message>
        <source>The kiosk starts over in {n} seconds.</source>
        <translation>{n} 秒后将回到首页。</translation>
    </message>
    <message>
        <source>What you entered will be cleared. Tap “Continue” to carry on.</source>
        <translation>您输入的内容将被清除。如需继续，请点“继续”。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Keeps what you are doing.</source>
        <translation>继续当前操作。</translation>
    </message>
</context>
<context>
    <name>KeyPad</name>
    <message>
        <source>Types {word}.</source>
        <translation>输入“{word}”。</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>No characters for these letters</source>
        <translation>没有对应的汉字，请删改字母</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Deletes the last character.</source>
        <translation>删除最后一个字符。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Clears everything typed.</source>
        <translation>清空已输入的内容。</translation>
    </message>
    <message>
        <source>CN/EN</source>
        <translation>中/英</translation>
    </message>
    <message>
        <source>Pinyin on</source>
        <translation>拼音输入（已打开）</translation>
    </message>
    <message>
        <source>Switches to letters (ABC).</source>
        <translation>切换为输入英文字母。</translation>
    </message>
    <message>
        <source>Letters (ABC)</source>
        <translation>英文字母输入</translation>
    </message>
    <message>
        <source>Switches to pinyin, to type Chinese characters.</source>
        <translation>切换为拼音，输入汉字。</translation>
    </message>
    <message>
        <source>Hyphen</source>
        <translation>短横线</translation>
    </message>
    <message>
        <source>Types a hyphen.</source>
        <translation>输入短横线。</translation>
    </message>
    <message>
        <source>Types {key}.</source>
        <translation>输入 {key}。</translation>
    </message>
    <message>
        <source>Previous candidates</source>
        <translation>上一页候选字</translation>
    </message>
    <message>
        <source>Shows the characters before these.</source>
        <translation>显示前面的候选字。</translation>
    </message>
    <message>
        <source>More candidates</source>
        <translation>更多候选字</translation>
    </message>
    <message>
        <source>Shows more characters.</source>
        <translation>显示更多候选字。</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Elder mode is on: large text, and every screen is read aloud.</source>
        <translation>已进入长辈模式：大字显示，每个页面都会朗读。</translation>
    </message>
    <message>
        <source>What the kiosk says is shown here.</source>
        <translation>朗读的内容会在这里显示文字。</translation>
    </message>
    <message>
        <source>Self-service kiosk</source>
        <translation>自助服务终端</translation>
    </message>
    <message>
        <source>Take a number, check in, read service guides and more.</source>
        <translation>取号、预约签到、查看办事指南等。</translation>
    </message>
    <message>
        <source>One moment, the kiosk is getting ready: what you chose opens by itself.</source>
        <translation>请稍候，本机正在准备：您选的内容会自动打开。</translation>
    </message>
    <message>
        <source>Something recorded here earlier was not accepted: {why}</source>
        <translation>本机之前登记的一项内容未被受理：{why}</translation>
    </message>
    <message>
        <source>Speaking more slowly.</source>
        <translation>已放慢朗读速度。</translation>
    </message>
    <message>
        <source>Speaking faster.</source>
        <translation>已加快朗读速度。</translation>
    </message>
</context>
<context>
    <name>KioskWords</name>
    <message>
        <source>This kiosk has not reached the central store yet: please ask at a window.</source>
        <translation>本机尚未连上中心系统，请到窗口咨询。</translation>
    </message>
    <message>
        <source>This kiosk is offline since {time}: anything recorded after that is not here yet. Please ask at a window.</source>
        <translation>本机自 {time} 起离线，此后在别处登记的内容本机暂时查不到，请到窗口咨询。</translation>
    </message>
</context>
<context>
    <name>QueueScreen</name>
    <message>
        <source>no window open</source>
        <translation>暂无窗口办理</translation>
    </message>
    <message>
        <source>{name}: {waiting}, {wait}</source>
        <translation>{name}：{waiting}，{wait}</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>Windows open</source>
        <translation>开放窗口</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>预计等候</translation>
    </message>
    <message>
        <source>Take a number</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>Choose a service and get a number.</source>
        <translation>选择业务，领取排队号。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>回到上一个页面。</translation>
    </message>
    <message>
        <source>The queue now</source>
        <translation>当前排队情况</translation>
    </message>
</context>
<context>
    <name>Refusal</name>
    <message>
        <source>We cannot find this appointment code. Please check the code and try again.</source>
        <translation>未找到此预约码，请核对后重新输入。</translation>
    </message>
    <message>
        <source>This appointment has already been checked in. Your number was given then.</source>
        <translation>此预约已签到过，当时已领取排队号。</translation>
    </message>
    <message>
        <source>This appointment was cancelled. Please book again.</source>
        <translation>此预约已取消，请重新预约。</translation>
    </message>
    <message>
        <source>Something went wrong with the code. Please try booking again.</source>
        <translation>预约码生成出错，请重新预约。</translation>
    </message>
    <message>
        <source>This appointment is for another service.</source>
        <translation>此预约属于其他业务。</translation>
    </message>
    <message>
        <source>The time of this appointment has changed. Please try again.</source>
        <translation>预约时间有变动，请重试。</translation>
    </message>
    <message>
        <source>This time has just been fully booked. Please choose another time.</source>
        <translation>该时段刚刚约满，请选择其他时段。</translation>
    </message>
    <message>
        <source>The hall takes no appointments at this time. Please choose another.</source>
        <translation>该时段不接受预约，请选择其他时段。</translation>
    </message>
    <message>
        <source>This service has no green channel. Please take an ordinary number.</source>
        <translation>此项业务不设绿色通道，请领取普通号。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s date is not right. Please ask the staff for help.</source>
        <translation>本机日期有误，请联系工作人员。</translation>
    </message>
    <message>
        <source>This service is no longer offered here. Please choose another.</source>
        <translation>本大厅已不再办理此项业务，请选择其他业务。</translation>
    </message>
    <message>
        <source>This item is no longer offered here. Please choose another.</source>
        <translation>本大厅已不再办理此事项，请选择其他事项。</translation>
    </message>
    <message>
        <source>We cannot find this case number. Please check the number on your receipt.</source>
        <translation>未找到此办件编号，请核对受理凭证上的编号。</translation>
    </message>
    <message>
        <source>This case is not finished yet. You can rate it once it is finished.</source>
        <translation>此办件尚未办结，办结后才能评价。</translation>
    </message>
    <message>
        <source>This case has already been rated. Each case is rated once.</source>
        <translation>此办件已评价过，每个办件只能评价一次。</translation>
    </message>
    <message>
        <source>Please choose the reasons from the list.</source>
        <translation>请从列表中选择原因。</translation>
    </message>
    <message>
        <source>No more numbers can be given today for this service. Please ask the staff for help.</source>
        <translation>此项业务今日号码已发完，请联系工作人员。</translation>
    </message>
    <message>
        <source>This kiosk cannot do that. Please ask the staff for help.</source>
        <translation>本机不能办理此项操作，请联系工作人员。</translation>
    </message>
    <message>
        <source>Some of what was entered is not valid. Please check it and try again.</source>
        <translation>输入的内容有误，请检查后重试。</translation>
    </message>
    <message>
        <source>This was already recorded. Nothing more is needed.</source>
        <translation>已经登记过了，无需再次操作。</translation>
    </message>
    <message>
        <source>This could not be done. Please ask the staff for help.</source>
        <translation>暂时无法办理，请联系工作人员。</translation>
    </message>
</context>
<context>
    <name>ScrollPage</name>
    <message>
        <source>▲ Up</source>
        <translation>▲ 上翻</translation>
    </message>
    <message>
        <source>▼ Down</source>
        <translation>▼ 下翻</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>向上翻</translation>
    </message>
    <message>
        <source>Shows the part above.</source>
        <translation>显示上面的内容。</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>向下翻</translation>
    </message>
    <message>
        <source>Shows the part below.</source>
        <translation>显示下面的内容。</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Item name, or its pinyin initials (e.g. bdc):</source>
        <translation>事项名称或拼音首字母（如 bdc）：</translation>
    </message>
    <message>
        <source>Item name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Type part of the item&apos;s name or its pinyin initials.</source>
        <translation>输入事项名称的一部分或拼音首字母。</translation>
    </message>
    <message>
        <source>Matching items appear here as you type.</source>
        <translation>边输入边在这里显示匹配的事项。</translation>
    </message>
    <message>
        <source>No item matches “{text}”. Try fewer letters.</source>
        <translation>没有与“{text}”匹配的事项，请少输入几个字母试试。</translation>
    </message>
    <message>
        <source>Tap the item you need:</source>
        <translation>请点选您要办的事项：</translation>
    </message>
    <message>
        <source>One-go package</source>
        <translation>一件事一次办</translation>
    </message>
</context>
<context>
    <name>SelfService</name>
    <message>
        <source>This item cannot be done at this kiosk.</source>
        <translation>此事项不能在本自助终端办理。</translation>
    </message>
    <message>
        <source>This item checks records online, and this kiosk is offline now. Please try again later, or take a number for a window.</source>
        <translation>此事项需要联网核查，此自助终端目前离线。请稍后再试，或取号到窗口办理。</translation>
    </message>
    <message>
        <source>You could not be identified. Please try again or ask for help.</source>
        <translation>未能识别您的身份。请再试一次，或请工作人员帮助。</translation>
    </message>
    <message>
        <source>Please identify yourself first.</source>
        <translation>请先核验身份。</translation>
    </message>
    <message>
        <source>Nothing was scanned. Please put the paper on the scanner and try again.</source>
        <translation>没有扫描到材料。请把材料放在扫描区后再试一次。</translation>
    </message>
    <message>
        <source>Still needed: {names}. Tap each to scan it.</source>
        <translation>还缺：{names}。请逐项点击扫描。</translation>
    </message>
    <message>
        <source>Printing your result…</source>
        <translation>正在打印办理结果…</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please note the case number.</source>
        <translation>本机没有打印机，请记下办件编号。</translation>
    </message>
    <message>
        <source>{fault} Your case is recorded; the staff have been told.</source>
        <translation>{fault}您的办件已记录，已通知工作人员。</translation>
    </message>
    <message>
        <source>Printed. Please take the paper from the slot below.</source>
        <translation>打印完成，请从下方出纸口取走。</translation>
    </message>
    <message>
        <source>The staff have been told where you are. Please wait here: a clerk will come.</source>
        <translation>已告诉工作人员您办到哪一步，请在此稍候，工作人员马上过来。</translation>
    </message>
    <message>
        <source>done on the spot</source>
        <translation>即办件，当场办结</translation>
    </message>
    <message>
        <source>accepted here, done in {n} working days</source>
        <translation>本机受理，{n} 个工作日内办结</translation>
    </message>
    <message>
        <source>one go for {n} items</source>
        <translation>{n} 个事项一次办</translation>
    </message>
    <message>
        <source>needs the network</source>
        <translation>需要联网</translation>
    </message>
    <message>
        <source>Do it yourself here</source>
        <translation>自助办理</translation>
    </message>
    <message>
        <source>These items can be done at this kiosk from start to finish, at any hour.</source>
        <translation>以下事项可在本自助终端全程办理，全天可用。</translation>
    </message>
    <message>
        <source>Five steps: {steps}.</source>
        <translation>共五步：{steps}。</translation>
    </message>
    <message>
        <source>This item checks records online: the kiosk is online, you can start.</source>
        <translation>此事项需要联网核查：本机已联网，可以开始。</translation>
    </message>
    <message>
        <source>This item needs no network: it can be done now, even offline.</source>
        <translation>此事项无需联网，断网时也能办理。</translation>
    </message>
    <message>
        <source>DEMO: this kiosk identifies people and fetches e-certificates with demo providers. Nothing it prints proves anything.</source>
        <translation>演示：本机使用演示身份核验和演示电子证照，打印的任何材料都不具证明效力。</translation>
    </message>
    <message>
        <source>Tap “Start” when you are ready.</source>
        <translation>准备好后请点“开始”。</translation>
    </message>
    <message>
        <source>Step 1: identify yourself</source>
        <translation>第一步：核验身份</translation>
    </message>
    <message>
        <source>Put your ID card on the reader, or scan the provincial login code with your phone.</source>
        <translation>请把身份证放在读卡区，或用手机扫描省统一身份认证码。</translation>
    </message>
    <message>
        <source>Read the demo ID card (DEMO)</source>
        <translation>读取演示身份证（演示）</translation>
    </message>
    <message>
        <source>Read my ID card</source>
        <translation>读取身份证</translation>
    </message>
    <message>
        <source>Identifies you for this item.</source>
        <translation>为办理此事项核验您的身份。</translation>
    </message>
    <message>
        <source>Identified: {name}, ID {id}</source>
        <translation>已识别：{name}，身份证 {id}</translation>
    </message>
    <message>
        <source> (DEMO)</source>
        <translation>（演示）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>E-certificates fetched: {certs}.</source>
        <translation>已获取电子证照：{certs}。</translation>
    </message>
    <message>
        <source>Filled in for you:</source>
        <translation>已为您自动填写：</translation>
    </message>
    <message>
        <source>Check what was filled in, then tap “Next”.</source>
        <translation>请核对自动填写的内容，然后点“下一步”。</translation>
    </message>
    <message>
        <source>Step 2: fill in ({i} of {n})</source>
        <translation>第二步：填写（第 {i} 项，共 {n} 项）</translation>
    </message>
    <message>
        <source> (may be left empty)</source>
        <translation>（可不填）</translation>
    </message>
    <message>
        <source>Step 3: materials</source>
        <translation>第三步：材料</translation>
    </message>
    <message>
        <source>E-certificates replace paper; scan only what is asked for.</source>
        <translation>电子证照免交纸质材料；只需扫描提示的材料。</translation>
    </message>
    <message>
        <source>Step 4: check and confirm</source>
        <translation>第四步：核对确认</translation>
    </message>
    <message>
        <source>Nothing is sent until you tap “Confirm”.</source>
        <translation>点“确认提交”之前不会提交任何内容。</translation>
    </message>
    <message>
        <source>Done on the spot: the result is printed at once.</source>
        <translation>即办件：当场办结，马上打印结果。</translation>
    </message>
    <message>
        <source>Accepted here; the back office finishes it within {n} working days.</source>
        <translation>承诺件：本机受理，后台 {n} 个工作日内办结。</translation>
    </message>
    <message>
        <source>Item: {name}</source>
        <translation>事项：{name}</translation>
    </message>
    <message>
        <source>Applicant: {name}, ID {id}</source>
        <translation>申请人：{name}，身份证 {id}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Your case number</source>
        <translation>您的办件编号</translation>
    </message>
    <message>
        <source>{name} is done. You can rate it now (one rating per case).</source>
        <translation>{name}已办结，现在可以评价（一事一评）。</translation>
    </message>
    <message>
        <source>Your application is accepted. It will be done by {date}; we will text you. Look it up here with the case number.</source>
        <translation>您的申请已受理，将于{date}前办结，届时短信通知您。可凭办件编号在此查询。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>{name} · step {i} of 5: {step}</source>
        <translation>{name} · 第 {i} 步（共 5 步）：{step}</translation>
    </message>
    <message>
        <source>Ask staff for help</source>
        <translation>请工作人员帮办</translation>
    </message>
    <message>
        <source>Tells a clerk which item and step you are at; they come to this kiosk.</source>
        <translation>告诉工作人员您在办哪个事项、哪一步，工作人员会来本机帮您。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The step before.</source>
        <translation>回到上一步。</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认提交</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>进入下一步。</translation>
    </message>
    <message>
        <source>Rate this case</source>
        <translation>评价此办件</translation>
    </message>
    <message>
        <source>You can rate each case once.</source>
        <translation>每个办件评价一次（一事一评）。</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Back to the first screen; what you entered is forgotten.</source>
        <translation>回到首页，您输入的内容会全部清除。</translation>
    </message>
    <message>
        <source>e.g. 2026-03-08</source>
        <translation>例如 2026-03-08</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 位数字</translation>
    </message>
    <message>
        <source>18 characters</source>
        <translation>18 位</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Identify</source>
        <translation>核验身份</translation>
    </message>
    <message>
        <source>Fill in</source>
        <translation>填写</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>Please choose an answer for “{name}”.</source>
        <translation>请为“{name}”选择一项。</translation>
    </message>
    <message>
        <source>Please fill in “{name}”.</source>
        <translation>请填写“{name}”。</translation>
    </message>
    <message>
        <source>“{name}” is too long: at most {n} characters.</source>
        <translation>“{name}”太长了，最多 {n} 个字符。</translation>
    </message>
    <message>
        <source>“{name}” should be {hint}.</source>
        <translation>“{name}”应为{hint}。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters: 17 digits, then a digit or X. You typed {n}.</source>
        <translation>身份证号码共 18 位：前 17 位是数字，最后一位是数字或 X。您输入了 {n} 位。</translation>
    </message>
    <message>
        <source>This ID number does not add up: please check each digit against the card.</source>
        <translation>这个身份证号码校验不通过，请对照证件逐位核对。</translation>
    </message>
    <message>
        <source>A mobile number has 11 digits and starts with 1, e.g. 13812345678.</source>
        <translation>手机号码是以 1 开头的 11 位数字，例如 13812345678。</translation>
    </message>
    <message>
        <source>Please write the date as year-month-day, e.g. 2026-03-08, and check it exists.</source>
        <translation>请按“年-月-日”填写日期，例如 2026-03-08，并确认日期存在。</translation>
    </message>
    <message>
        <source>This date is after today: please give a date up to today.</source>
        <translation>这个日期晚于今天，请填写今天或以前的日期。</translation>
    </message>
    <message>
        <source>This date has passed: please give today or a later date.</source>
        <translation>这个日期已经过去，请填写今天或以后的日期。</translation>
    </message>
    <message>
        <source>Please type a number, using digits only.</source>
        <translation>请输入数字，只用 0 到 9。</translation>
    </message>
    <message>
        <source>Please type a whole number, without a point.</source>
        <translation>请输入整数，不要带小数点。</translation>
    </message>
    <message>
        <source>Please use at most {n} digits after the point.</source>
        <translation>小数点后最多 {n} 位。</translation>
    </message>
    <message>
        <source>The smallest number allowed is {n}.</source>
        <translation>允许的最小数是 {n}。</translation>
    </message>
    <message>
        <source>The largest number allowed is {n}.</source>
        <translation>允许的最大数是 {n}。</translation>
    </message>
    <message>
        <source>Please choose one of the answers shown.</source>
        <translation>请从显示的选项中选择一项。</translation>
    </message>
    <message>
        <source>No paper needed: fetched as an e-certificate ({name}).</source>
        <translation>免交纸质材料：已获取电子证照（{name}）。</translation>
    </message>
    <message>
        <source>Made here at the kiosk; nothing to bring.</source>
        <translation>在本机现场生成，无需携带。</translation>
    </message>
    <message>
        <source>Scanned: {file}. Tap to scan again.</source>
        <translation>已扫描：{file}。点击可重新扫描。</translation>
    </message>
    <message>
        <source>Needed: tap here, then put it on the scanner.</source>
        <translation>必需：请点击这里，再把材料放在扫描区。</translation>
    </message>
    <message>
        <source>Only if it applies: tap here to scan it.</source>
        <translation>如适用：点击这里扫描。</translation>
    </message>
</context>
<context>
    <name>StaffExitScreen</name>
    <message>
        <source>No exit PIN is set up on this kiosk (exit_pin_hash).</source>
        <translation>本机未设置退出密码（exit_pin_hash）。</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Please wait a minute.</source>
        <translation>密码错误次数过多，请一分钟后再试。</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>Staff: leave the kiosk</source>
        <translation>工作人员：退出自助终端</translation>
    </message>
    <message>
        <source>Enter the exit PIN to close the kiosk program.</source>
        <translation>输入退出密码以关闭自助终端程序。</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>退出密码</translation>
    </message>
    <message>
        <source>Four to eight digits.</source>
        <translation>4 到 8 位数字。</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Closes the kiosk program.</source>
        <translation>关闭自助终端程序。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>回到首页。</translation>
    </message>
</context>
<context>
    <name>TakeNumberScreen</name>
    <message>
        <source>No green channel for this service</source>
        <translation>此项业务不设绿色通道</translation>
    </message>
    <message>
        <source>{waiting} · {wait}</source>
        <translation>{waiting} · {wait}</translation>
    </message>
    <message>
        <source>Takes a number for {name}. {detail}.</source>
        <translation>领取{name}的排队号。{detail}。</translation>
    </message>
    <message>
        <source>By service</source>
        <translation>按业务取号</translation>
    </message>
    <message>
        <source>Shows the services to choose from.</source>
        <translation>显示可选的业务。</translation>
    </message>
    <message>
        <source>By item name</source>
        <translation>按事项名称</translation>
    </message>
    <message>
        <source>Find the item by typing its name or pinyin initials.</source>
        <translation>输入事项名称或拼音首字母查找。</translation>
    </message>
    <message>
        <source>Green channel: on</source>
        <translation>绿色通道：已开启</translation>
    </message>
    <message>
        <source>Green channel (elderly, disabled, pregnant)</source>
        <translation>绿色通道（老年人、残疾人、孕妇）</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>For elderly, disabled or pregnant people: served first. Tap to turn on or off.</source>
        <translation>老年人、残疾人、孕妇优先办理。点一下开启或关闭。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The screen before.</source>
        <translation>回到上一个页面。</translation>
    </message>
    <message>
        <source>Choose the service</source>
        <translation>请选择业务</translation>
    </message>
    <message>
        <source>Tap a service to take a number.</source>
        <translation>点选业务即可取号。</translation>
    </message>
    <message>
        <source>Find your item</source>
        <translation>查找事项</translation>
    </message>
    <message>
        <source>Type part of the name or its pinyin initials, then tap the item.</source>
        <translation>输入名称的一部分或拼音首字母，然后点选事项。</translation>
    </message>
    <message>
        <source>Green channel is on: you will be served first.</source>
        <translation>绿色通道已开启，您将优先办理。</translation>
    </message>
</context>
<context>
    <name>TapToHear</name>
    <message>
        <source>{what}. Tap again to choose it.</source>
        <translation>{what}。再按一次确认。</translation>
    </message>
</context>
<context>
    <name>TicketScreen</name>
    <message>
        <source>The printer is out of paper.</source>
        <translation>打印机缺纸。</translation>
    </message>
    <message>
        <source>The printer is not answering.</source>
        <translation>打印机没有响应。</translation>
    </message>
    <message>
        <source>The printer&apos;s cover is open.</source>
        <translation>打印机盖未关好。</translation>
    </message>
    <message>
        <source>The printer has a fault.</source>
        <translation>打印机故障。</translation>
    </message>
    <message>
        <source>This kiosk has no printer. Please remember your number {number}.</source>
        <translation>本机没有打印机，请记住您的号码 {number}。</translation>
    </message>
    <message>
        <source>Printing your ticket…</source>
        <translation>正在打印号票…</translation>
    </message>
    <message>
        <source>{fault} Your ticket could not be printed, but your number {number} is kept: please remember it or take a photo. The staff have been told.</source>
        <translation>{fault}号票未能打印，但您的号码 {number} 已保留有效，请记住或拍照。已通知工作人员。</translation>
    </message>
    <message>
        <source>Printed. Please take your ticket from the slot below.</source>
        <translation>打印完成，请从下方出票口取走号票。</translation>
    </message>
    <message>
        <source>Lunch break: numbers for this service are called again from {time}.</source>
        <translation>午休时间，本业务 {time} 恢复叫号。</translation>
    </message>
    <message>
        <source>People ahead</source>
        <translation>前面还有</translation>
    </message>
    <message>
        <source>Estimated wait</source>
        <translation>预计等候</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>取号时间</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Ticket code</source>
        <translation>号票二维码</translation>
    </message>
    <message>
        <source>A QR code of your ticket.</source>
        <translation>您的号票二维码。</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>回到首页。</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>再打印一张</translation>
    </message>
    <message>
        <source>Prints the ticket once more.</source>
        <translation>再打印一张号票。</translation>
    </message>
    <message>
        <source>See the queue</source>
        <translation>查看排队情况</translation>
    </message>
    <message>
        <source>Shows how many are waiting for each service.</source>
        <translation>显示各项业务的等候人数。</translation>
    </message>
    <message>
        <source>Your ticket</source>
        <translation>您的号票</translation>
    </message>
    <message>
        <source>No ticket is shown.</source>
        <translation>没有显示号票。</translation>
    </message>
    <message>
        <source>{n} people</source>
        <translation>{n} 人</translation>
    </message>
    <message>
        <source>nobody, you are next</source>
        <translation>无，下一个就是您</translation>
    </message>
    <message>
        <source>Green channel: served first</source>
        <translation>绿色通道：优先办理</translation>
    </message>
    <message>
        <source>Appointment: served first</source>
        <translation>预约：优先办理</translation>
    </message>
    <message>
        <source>Offline number: valid as usual</source>
        <translation>离线号码：照常有效</translation>
    </message>
    <message>
        <source>This kiosk is offline: people ahead and the wait are estimates.</source>
        <translation>本机暂时离线：前面人数和等候时间为估计值。</translation>
    </message>
    <message>
        <source>This kiosk is offline: queue figures as of {n} min ago.</source>
        <translation>本机暂时离线：排队数据为 {n} 分钟前的情况。</translation>
    </message>
    <message>
        <source>Your number is {number}, {category}. {ahead}, {wait}.</source>
        <translation>您的号码是 {number}，{category}。{ahead}，{wait}。</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>Shows the kiosk in this language.</source>
        <translation>切换到这种语言。</translation>
    </message>
    <message>
        <source>Standard mode</source>
        <translation>标准模式</translation>
    </message>
    <message>
        <source>Leave elder mode</source>
        <translation>退出长辈模式</translation>
    </message>
    <message>
        <source>Back to standard text size; screens are no longer read aloud.</source>
        <translation>恢复标准字号，不再自动朗读。</translation>
    </message>
    <message>
        <source>Elder mode · large text, read aloud</source>
        <translation>长辈模式 · 大字朗读</translation>
    </message>
    <message>
        <source>Elder mode</source>
        <translation>长辈模式</translation>
    </message>
    <message>
        <source>Large text, high contrast, and every screen read aloud.</source>
        <translation>大字、高对比度，每个页面自动朗读。</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <source>Back to the first screen.</source>
        <translation>回到首页。</translation>
    </message>
</context>
<context>
    <name>Words</name>
    <message>
        <source>Nobody ahead of you</source>
        <translation>前面没有人</translation>
    </message>
    <message>
        <source>{n} ahead of you</source>
        <translation>前面 {n} 人</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>等候 {n} 人</translation>
    </message>
    <message>
        <source>You are next</source>
        <translation>下一个就是您</translation>
    </message>
    <message>
        <source>about {m} min</source>
        <translation>约 {m} 分钟</translation>
    </message>
    <message>
        <source>about {h} h {m} min</source>
        <translation>约 {h} 小时 {m} 分钟</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <source>{month}/{day} {weekday}</source>
        <translation>{month}月{day}日 {weekday}</translation>
    </message>
    <message>
        <source>{year}-{month:02d}-{day:02d}</source>
        <translation>{year}年{month}月{day}日</translation>
    </message>
    <message>
        <source>Regular hours</source>
        <translation>正常时段</translation>
    </message>
    <message>
        <source>Extended hours</source>
        <translation>延时错时</translation>
    </message>
    <message>
        <source>Holiday opening</source>
        <translation>节假日服务</translation>
    </message>
</context>
</TS>
