<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>ActionBar</name>
    <message>
        <source>Call next</source>
        <translation>呼叫下一位</translation>
    </message>
    <message>
        <source>Call the next number to this window</source>
        <translation>叫下一個號到本窗口</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>重呼</translation>
    </message>
    <message>
        <source>Call the same number again</source>
        <translation>再次呼叫同一個號</translation>
    </message>
    <message>
        <source>Start service</source>
        <translation>開始辦理</translation>
    </message>
    <message>
        <source>The citizen has arrived</source>
        <translation>辦事群眾已到窗口</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>辦結</translation>
    </message>
    <message>
        <source>Record the outcome and end the visit</source>
        <translation>登記辦理結果並結束本次服務</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>過號</translation>
    </message>
    <message>
        <source>The citizen did not come</source>
        <translation>辦事群眾未到窗口</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>轉移</translation>
    </message>
    <message>
        <source>Send to another category or window</source>
        <translation>轉到其他業務類別或窗口</translation>
    </message>
    <message>
        <source>Requeue</source>
        <translation>過號重排</translation>
    </message>
    <message>
        <source>Put a returning no-show back in line</source>
        <translation>過號後返回的群眾重新排隊</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>恢復服務</translation>
    </message>
    <message>
        <source>Take down the pause sign</source>
        <translation>撤下暫停服務牌</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停服務</translation>
    </message>
    <message>
        <source>Put up the pause sign</source>
        <translation>擺出暫停服務牌</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>替崗</translation>
    </message>
    <message>
        <source>Another clerk takes this window</source>
        <translation>由另一位工作人員接替本窗口</translation>
    </message>
    <message>
        <source>Close window</source>
        <translation>關閉窗口</translation>
    </message>
    <message>
        <source>End the shift and sign out</source>
        <translation>結束本班並退出</translation>
    </message>
</context>
<context>
    <name>CitizenScreen</name>
    <message>
        <source>Standard mode</source>
        <translation>標準模式</translation>
    </message>
    <message>
        <source>Elder mode</source>
        <translation>長輩模式</translation>
    </message>
    <message>
        <source>Back to normal type</source>
        <translation>恢復正常字號</translation>
    </message>
    <message>
        <source>Large type, everything read aloud and captioned</source>
        <translation>大字顯示，內容朗讀並配字幕</translation>
    </message>
    <message>
        <source>A new clerk has taken over: {name}, staff No. {number}, now serves you.</source>
        <translation>已換崗：現由 {name}（工號 {number}）為您服務。</translation>
    </message>
    <message>
        <source>What is read aloud is shown here.</source>
        <translation>朗讀的內容在這裡以文字顯示。</translation>
    </message>
    <message>
        <source>Window screen</source>
        <translation>窗口顯示屏</translation>
    </message>
    <message>
        <source>This window is not open now</source>
        <translation>本窗口暫未開放</translation>
    </message>
    <message>
        <source>Please wait for your number at another window.</source>
        <translation>請留意叫號，到其他窗口辦理。</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>歡迎您</translation>
    </message>
    <message>
        <source>Please wait for your number to be called.</source>
        <translation>請留意叫號，等候辦理。</translation>
    </message>
    <message>
        <source>Calling again</source>
        <translation>再次呼叫</translation>
    </message>
    <message>
        <source>Now calling</source>
        <translation>正在呼叫</translation>
    </message>
    <message>
        <source>Please come to window {window}</source>
        <translation>請到 {window} 號窗口辦理</translation>
    </message>
    <message>
        <source>Now serving</source>
        <translation>正在辦理</translation>
    </message>
    <message>
        <source>Thank you for your rating!</source>
        <translation>感謝您的評價！</translation>
    </message>
    <message>
        <source>Your rating helps us serve you better.</source>
        <translation>您的評價將幫助我們改進服務。</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation>目前沒有人在等候本窗口。</translation>
    </message>
    <message>
        <source>Called {number}.</source>
        <translation>已呼叫 {number}。</translation>
    </message>
    <message>
        <source>Transferred from window {window}: {note}</source>
        <translation>由 {window} 號窗口轉來：{note}</translation>
    </message>
    <message>
        <source>Transferred from window {window}.</source>
        <translation>由 {window} 號窗口轉來。</translation>
    </message>
    <message>
        <source>Called {number} again ({n} calls).</source>
        <translation>已再次呼叫 {number}（共 {n} 次）。</translation>
    </message>
    <message>
        <source>Serving {number}.</source>
        <translation>正在辦理 {number}。</translation>
    </message>
    <message>
        <source>{number} marked as no-show.</source>
        <translation>{number} 已過號。</translation>
    </message>
    <message>
        <source>Finished {number}.</source>
        <translation>{number} 已辦結。</translation>
    </message>
    <message>
        <source>Finished {number}; the one-time notice is printed.</source>
        <translation>{number} 已辦結，一次性告知書已列印。</translation>
    </message>
    <message>
        <source>The notice did not print ({fault}): give it by hand or print it again.</source>
        <translation>告知書未能列印（{fault}）：請手寫交給群眾或重新列印。</translation>
    </message>
    <message>
        <source>{number} transferred to {where}.</source>
        <translation>{number} 已轉到 {where}。</translation>
    </message>
    <message>
        <source>{number} is back in line.</source>
        <translation>{number} 已重新排隊。</translation>
    </message>
    <message>
        <source>Window resumed.</source>
        <translation>已恢復服務。</translation>
    </message>
    <message>
        <source>Paused: {reason}, back at {time}.</source>
        <translation>已暫停：{reason}，預計 {time} 回來。</translation>
    </message>
    <message>
        <source>The clerk taking over signs in here. The window stays open; the visit in progress stays.</source>
        <translation>接崗的工作人員在此登入。窗口不關閉，正在辦理的業務保留。</translation>
    </message>
    <message>
        <source>{new} took over {window} from {old}.</source>
        <translation>{new} 已接替 {old} 在{window}值守。</translation>
    </message>
    <message>
        <source>Signed in: {window} is open.</source>
        <translation>已登入，{window}開始服務。</translation>
    </message>
    <message>
        <source>Signed in again at {window}.</source>
        <translation>已重新登入{window}。</translation>
    </message>
    <message>
        <source>You took over {window} (stand-in).</source>
        <translation>您已接替{window}（替崗）。</translation>
    </message>
    <message>
        <source>{number} was called at {window} first. Your call of {number} has been undone.</source>
        <translation>{number} 已被{window}先叫到，本窗口對 {number} 的呼叫已撤銷。</translation>
    </message>
    <message>
        <source>{number} was called at another window first. Your call of {number} has been undone.</source>
        <translation>{number} 已被其他窗口先叫到，本窗口對 {number} 的呼叫已撤銷。</translation>
    </message>
    <message>
        <source>The {n} step(s) you recorded for it were undone too (kept on this device).</source>
        <translation>為它記錄的 {n} 個後續操作也一併撤銷（已在本機留存備查）。</translation>
    </message>
    <message>
        <source>Call {number} (F1)</source>
        <translation>呼叫 {number}（F1）</translation>
    </message>
    <message>
        <source>Next: {number}.</source>
        <translation>下一位：{number}。</translation>
    </message>
    <message>
        <source>Nobody else is waiting.</source>
        <translation>目前沒有其他人等候。</translation>
    </message>
    <message>
        <source>Not kept by the central store: {what}</source>
        <translation>中心未予保存：{what}</translation>
    </message>
    <message>
        <source>On duty now: {name}. Another clerk signing in takes the window over.</source>
        <translation>當前值守：{name}。其他工作人員登入即接替本窗口（替崗）。</translation>
    </message>
    <message>
        <source>Offline: signing in checks the staff list this device last received.</source>
        <translation>網路中斷：按本機最近同步的人員名單核對登入。</translation>
    </message>
    <message>
        <source>Paused {n} min: unattended alert</source>
        <translation>已暫停 {n} 分鐘：空崗預警</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>暫停至 {time}</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>未開放</translation>
    </message>
    <message>
        <source>Lunch break: calling resumes at {time}</source>
        <translation>午休 · {time} 恢復叫號</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>服務中</translation>
    </message>
    <message>
        <source>Clerk console</source>
        <translation>窗口工作臺</translation>
    </message>
</context>
<context>
    <name>CurrentPanel</name>
    <message>
        <source>Paused</source>
        <translation>暫停服務中</translation>
    </message>
    <message>
        <source>Nobody called</source>
        <translation>未叫號</translation>
    </message>
    <message>
        <source>Press F8 to resume.</source>
        <translation>按 F8 恢復服務。</translation>
    </message>
    <message>
        <source>Press F1 to call the next number.</source>
        <translation>按 F1 呼叫下一位。</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>辦理中</translation>
    </message>
    <message>
        <source>Calling</source>
        <translation>呼叫中</translation>
    </message>
    <message>
        <source>calls: {n}</source>
        <translation>已呼叫 {n} 次</translation>
    </message>
    <message>
        <source>{n} min since the call</source>
        <translation>叫號後 {n} 分鐘</translation>
    </message>
    <message>
        <source>Rating of {number}: the citizen is rating ({n} s left)</source>
        <translation>{number} 的評價：群眾正在評價（還剩 {n} 秒）</translation>
    </message>
    <message>
        <source>Rating of {number}: {level}</source>
        <translation>{number} 的評價：{level}</translation>
    </message>
    <message>
        <source>Rating of {number}: not rated (recorded)</source>
        <translation>{number} 的評價：未評價（已記錄）</translation>
    </message>
</context>
<context>
    <name>FinishPanel</name>
    <message>
        <source>Finish {number}</source>
        <translation>辦結 {number}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>事項</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Add an item: name, code or pinyin initials</source>
        <translation>添加事項：名稱、編碼或拼音首字母</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>辦理結果</translation>
    </message>
    <message>
        <source>Outcome of the visit</source>
        <translation>本次服務的辦理結果</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>辦件編號</translation>
    </message>
    <message>
        <source>Leave empty to make one</source>
        <translation>留空則自動生成</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承諾辦結日期</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少材料</translation>
    </message>
    <message>
        <source>Another material not in the guide (Enter)</source>
        <translation>辦事指南以外的其他材料（回車添加）</translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation>列印告知書</translation>
    </message>
    <message>
        <source>Print the notice (no printer)</source>
        <translation>列印告知書（未連接印表機）</translation>
    </message>
    <message>
        <source>Show it on the citizen screen</source>
        <translation>在群眾顯示屏上展示</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Finish (F4)</source>
        <translation>辦結（F4）</translation>
    </message>
    <message>
        <source>Record the outcome and end the visit</source>
        <translation>登記辦理結果並結束本次服務</translation>
    </message>
    <message>
        <source>Go back to serving</source>
        <translation>返回繼續辦理</translation>
    </message>
</context>
<context>
    <name>IdentityCard</name>
    <message>
        <source>Serving you</source>
        <translation>為您服務</translation>
    </message>
    <message>
        <source>No clerk on duty</source>
        <translation>暫無工作人員值守</translation>
    </message>
    <message>
        <source>Nobody serves at this window now.</source>
        <translation>本窗口當前無人服務。</translation>
    </message>
    <message>
        <source>Staff No. {number}</source>
        <translation>工號 {number}</translation>
    </message>
    <message>
        <source>Serving you: {name}, staff number {number}, {unit}</source>
        <translation>為您服務的是{unit}{name}，工號 {number}</translation>
    </message>
    <message>
        <source>Clerk on duty</source>
        <translation>值守工作人員</translation>
    </message>
</context>
<context>
    <name>LunchSign</name>
    <message>
        <source>Lunch break</source>
        <translation>午休</translation>
    </message>
    <message>
        <source>Calling resumes at {time}</source>
        <translation>{time} 恢復叫號</translation>
    </message>
    <message>
        <source>Your number stays valid. For urgent matters, please go to a window on lunch duty.</source>
        <translation>您的號碼繼續有效。如有急事，請到午間值班窗口辦理。</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>OK</source>
        <translation>知道了</translation>
    </message>
    <message>
        <source>Call this ticket now</source>
        <translation>立即呼叫這個號</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>關閉這條提示</translation>
    </message>
</context>
<context>
    <name>NoticePanel</name>
    <message>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>複印件</translation>
    </message>
    <message>
        <source>original and copy</source>
        <translation>原件及複印件</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>電子材料</translation>
    </message>
    <message>
        <source>{form}, {n} copies</source>
        <translation>{form}，{n} 份</translation>
    </message>
    <message>
        <source>One-time notice of missing materials</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>I have read it</source>
        <translation>我已看完</translation>
    </message>
    <message>
        <source>Go on to rate the visit</source>
        <translation>接著評價本次服務</translation>
    </message>
    <message>
        <source>For {items}, please bring these {n} materials next time:</source>
        <translation>辦理{items}，下次請帶齊以下 {n} 項材料：</translation>
    </message>
    <message>
        <source>this matter</source>
        <translation>本事項</translation>
    </message>
    <message>
        <source>… and {n} more on the printed notice.</source>
        <translation>……另有 {n} 項，見列印的告知書。</translation>
    </message>
</context>
<context>
    <name>PausePanel</name>
    <message>
        <source>Pause the window</source>
        <translation>暫停服務</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>暫停原因</translation>
    </message>
    <message>
        <source>Back in (minutes)</source>
        <translation>預計離開（分鐘）</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} 分鐘</translation>
    </message>
    <message>
        <source>Longer than the hall&apos;s limit of {n} min: the window will count as unattended. Hand it over instead?</source>
        <translation>超過大廳規定的 {n} 分鐘，窗口將按無人值守（空崗）預警。是否改為替崗？</translation>
    </message>
    <message>
        <source>A pause longer than {n} min alerts the managers: the window counts as unattended.</source>
        <translation>暫停超過 {n} 分鐘將向管理人員預警：窗口按無人值守（空崗）計。</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Pause (F8)</source>
        <translation>暫停（F8）</translation>
    </message>
</context>
<context>
    <name>PauseSign</name>
    <message>
        <source>Service paused</source>
        <translation>暫停服務</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>原因：{reason}</translation>
    </message>
    <message>
        <source>Expected back at {time}</source>
        <translation>預計 {time} 恢復服務</translation>
    </message>
    <message>
        <source>The clerk is {time} late. Please wait a moment, or ask the hall staff.</source>
        <translation>工作人員已超出預計時間 {time}，請稍候，或向大廳工作人員諮詢。</translation>
    </message>
    <message>
        <source>For help now, please ask the hall staff or go to another window.</source>
        <translation>如需立即辦理，請向大廳工作人員諮詢或到其他窗口辦理。</translation>
    </message>
    <message>
        <source>Back in about {n} min.</source>
        <translation>大約 {n} 分鐘後恢復服務。</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <source>Alerts</source>
        <translation>預警</translation>
    </message>
    <message>
        <source>Waiting for this window</source>
        <translation>本窗口可辦理的等候人數</translation>
    </message>
    <message>
        <source>Next numbers</source>
        <translation>待叫號碼</translation>
    </message>
    <message>
        <source>Help requests from the kiosks</source>
        <translation>自助終端求助</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} 人等候</translation>
    </message>
    <message>
        <source>about {n} min</source>
        <translation>約 {n} 分鐘</translation>
    </message>
    <message>
        <source>longest {n} min</source>
        <translation>最久 {n} 分鐘</translation>
    </message>
    <message>
        <source>Nobody is waiting.</source>
        <translation>無人等候。</translation>
    </message>
    <message>
        <source>sent to this window</source>
        <translation>轉入本窗口</translation>
    </message>
    <message>
        <source>back after no-show</source>
        <translation>過號重排</translation>
    </message>
    <message>
        <source>{number} · waiting {n} min</source>
        <translation>{number} · 已等 {n} 分鐘</translation>
    </message>
    <message>
        <source>… {n} more</source>
        <translation>……還有 {n} 人</translation>
    </message>
    <message>
        <source>No open requests.</source>
        <translation>暫無求助。</translation>
    </message>
    <message>
        <source>{window} unattended: paused {n} min ({reason})</source>
        <translation>{window}無人值守：已暫停 {n} 分鐘（{reason}）</translation>
    </message>
    <message>
        <source>Your pause has run past its expected end.</source>
        <translation>本窗口暫停已超過預計恢復時間。</translation>
    </message>
    <message>
        <source>Peak: many people waiting. Open more windows if you can.</source>
        <translation>高峰預警：等候人數較多，請儘量增開窗口。</translation>
    </message>
    <message>
        <source>Not connected to the central store yet.</source>
        <translation>尚未連接中心。</translation>
    </message>
    <message>
        <source>Offline: the queue is as of {n} min ago.</source>
        <translation>網路中斷：排隊資訊為 {n} 分鐘前的資料。</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>無。</translation>
    </message>
    <message>
        <source>step: {step}</source>
        <translation>步驟：{step}</translation>
    </message>
    <message>
        <source>{device}, {n} min ago</source>
        <translation>{device}，{n} 分鐘前</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Mark this help request resolved</source>
        <translation>將這條求助標記為已解決</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>接手</translation>
    </message>
    <message>
        <source>This window takes the help request</source>
        <translation>由本窗口接手這條求助</translation>
    </message>
</context>
<context>
    <name>RatingPad</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常滿意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>滿意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本滿意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不滿意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不滿意</translation>
    </message>
    <message>
        <source>Please choose at least one reason.</source>
        <translation>請至少選擇一項原因。</translation>
    </message>
    <message>
        <source>Please enter a mobile number, or a landline with its area code.</source>
        <translation>請輸入手機號碼，或帶區號的固定電話。</translation>
    </message>
    <message>
        <source>Please rate this visit: {levels}.</source>
        <translation>請您對本次服務作出評價：{levels}。</translation>
    </message>
    <message>
        <source>How was our service?</source>
        <translation>請您對本次服務作出評價</translation>
    </message>
    <message>
        <source>Touch a face: one touch rates this visit.</source>
        <translation>點一下表情即可完成評價</translation>
    </message>
    <message>
        <source>Rate this visit as {level}</source>
        <translation>評價本次服務為「{level}」</translation>
    </message>
    <message>
        <source>Real-name rating: on</source>
        <translation>實名評價：開</translation>
    </message>
    <message>
        <source>Real-name rating: off</source>
        <translation>實名評價：關（匿名）</translation>
    </message>
    <message>
        <source>Leave a phone number so the hall can reply to you; otherwise the rating is anonymous.</source>
        <translation>留下電話號碼，以便大廳回覆您；否則為匿名評價。</translation>
    </message>
    <message>
        <source>{level}: what went wrong? Choose at least one.</source>
        <translation>{level}：請選擇原因（至少一項，可多選）</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>已選</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未選</translation>
    </message>
    <message>
        <source>Reason for the rating, {state}</source>
        <translation>評價原因，{state}</translation>
    </message>
    <message>
        <source>Anything to add? (optional)</source>
        <translation>其他意見（選填）</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>您的意見</translation>
    </message>
    <message>
        <source>Optional: say in your own words what went wrong.</source>
        <translation>選填：用您自己的話說說問題所在。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Choose another face</source>
        <translation>重新選擇表情</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Send the rating with these reasons</source>
        <translation>提交評價和所選原因</translation>
    </message>
    <message>
        <source>Your phone number, so that we can reply</source>
        <translation>請留下電話號碼，以便回覆您</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>（尚未輸入）</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>{n} digits entered</source>
        <translation>已輸入 {n} 位</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Clear the number</source>
        <translation>清空號碼</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>刪除最後一位</translation>
    </message>
    <message>
        <source>Digit {key}</source>
        <translation>數字 {key}</translation>
    </message>
    <message>
        <source>Go back without a number</source>
        <translation>不留號碼，返回</translation>
    </message>
    <message>
        <source>Send the rating with this number</source>
        <translation>提交評價和電話號碼</translation>
    </message>
    <message>
        <source>Rating pad</source>
        <translation>服務評價</translation>
    </message>
</context>
<context>
    <name>Refusals</name>
    <message>
        <source>Staff number or PIN is wrong. {left} attempts left.</source>
        <translation>工號或密碼錯誤，還可以嘗試 {left} 次。</translation>
    </message>
    <message>
        <source>Too many wrong PINs for {staff} today. Ask the hall manager, or sign in tomorrow.</source>
        <translation>{staff} 今天密碼錯誤次數過多，請聯繫大廳管理人員，或明天再登入。</translation>
    </message>
    <message>
        <source>{staff} is not in the hall&apos;s staff list.</source>
        <translation>{staff} 不在本大廳的人員名單中。</translation>
    </message>
    <message>
        <source>{staff} is on duty at another window: sign out there first.</source>
        <translation>{staff} 正在其他窗口值守，請先在那裡退出。</translation>
    </message>
    <message>
        <source>{staff} is already on duty at this window.</source>
        <translation>{staff} 已在本窗口值守。</translation>
    </message>
    <message>
        <source>The clerk who did this is no longer on duty here.</source>
        <translation>操作的工作人員已不在本窗口值守。</translation>
    </message>
    <message>
        <source>This window is closed: sign in to open it.</source>
        <translation>本窗口未開放，請登入後開始服務。</translation>
    </message>
    <message>
        <source>This window is already open; sign in to take it over.</source>
        <translation>本窗口已開放，請登入接替。</translation>
    </message>
    <message>
        <source>The window is paused: resume before calling.</source>
        <translation>窗口正在暫停服務，請先恢復服務再叫號。</translation>
    </message>
    <message>
        <source>The window is not paused.</source>
        <translation>窗口沒有暫停。</translation>
    </message>
    <message>
        <source>Finish, transfer or mark {number} as no-show first.</source>
        <translation>請先辦結、轉移 {number}，或將其過號。</translation>
    </message>
    <message>
        <source>The expected return must be later than now.</source>
        <translation>預計恢復時間必須晚於現在。</translation>
    </message>
    <message>
        <source>A pause is at most 4 hours; for longer, hand the window over.</source>
        <translation>暫停最長 4 小時；更長時間請安排替崗。</translation>
    </message>
    <message>
        <source>Choose why the window pauses.</source>
        <translation>請選擇暫停原因。</translation>
    </message>
    <message>
        <source>The hall has no window {window}.</source>
        <translation>本大廳沒有 {window} 號窗口。</translation>
    </message>
    <message>
        <source>No number is called at this window.</source>
        <translation>本窗口當前沒有叫號。</translation>
    </message>
    <message>
        <source>Nobody is being served at this window.</source>
        <translation>本窗口當前沒有正在辦理的業務。</translation>
    </message>
    <message>
        <source>Nobody is waiting for this window.</source>
        <translation>目前沒有人在等候本窗口。</translation>
    </message>
    <message>
        <source>{number} was already called to another window.</source>
        <translation>{number} 已被其他窗口叫走。</translation>
    </message>
    <message>
        <source>{number} is no longer waiting.</source>
        <translation>{number} 已不在等候中。</translation>
    </message>
    <message>
        <source>{number} was sent to another window.</source>
        <translation>{number} 已轉到其他窗口。</translation>
    </message>
    <message>
        <source>This window does not serve {number}&apos;s category.</source>
        <translation>本窗口不辦理 {number} 所屬的業務類別。</translation>
    </message>
    <message>
        <source>{number} is from another day.</source>
        <translation>{number} 不是今天的號。</translation>
    </message>
    <message>
        <source>There is no ticket {number} today.</source>
        <translation>今天沒有 {number} 號。</translation>
    </message>
    <message>
        <source>{number} is not a no-show: only a no-show goes back in line.</source>
        <translation>{number} 不是過號：只有過號的號碼可以重新排隊。</translation>
    </message>
    <message>
        <source>{number} is not at this window any more.</source>
        <translation>{number} 已不在本窗口。</translation>
    </message>
    <message>
        <source>Outside the hall&apos;s hours: no calling now.</source>
        <translation>不在辦公時間，現在不能叫號。</translation>
    </message>
    <message>
        <source>Lunch break: this window has no lunch duty.</source>
        <translation>午休時間，本窗口不值班。</translation>
    </message>
    <message>
        <source>{number} was called the most times allowed: mark it as no-show.</source>
        <translation>{number} 已達到最多呼叫次數，請做過號處理。</translation>
    </message>
    <message>
        <source>The hall has no such category.</source>
        <translation>本大廳沒有這個業務類別。</translation>
    </message>
    <message>
        <source>Choose the item(s) handled.</source>
        <translation>請選擇所辦理的事項。</translation>
    </message>
    <message>
        <source>At most 10 items per visit.</source>
        <translation>每次服務最多登記 10 個事項。</translation>
    </message>
    <message>
        <source>A promised case needs its promised date.</source>
        <translation>承諾件需要填寫承諾辦結日期。</translation>
    </message>
    <message>
        <source>The promised date is in the past.</source>
        <translation>承諾辦結日期已過。</translation>
    </message>
    <message>
        <source>Tick at least one missing material.</source>
        <translation>請至少勾選一項所缺材料。</translation>
    </message>
    <message>
        <source>A case number has 6 to 40 letters, digits or dashes.</source>
        <translation>辦件編號由 6 到 40 位字母、數字或連字號組成。</translation>
    </message>
    <message>
        <source>An item is not in the catalogue any more.</source>
        <translation>有事項已不在事項目錄中。</translation>
    </message>
    <message>
        <source>The package is not in the catalogue any more.</source>
        <translation>該「一件事」已不在事項目錄中。</translation>
    </message>
    <message>
        <source>There is no such case to add this visit to.</source>
        <translation>沒有這個辦件，無法關聯本次服務。</translation>
    </message>
    <message>
        <source>That case is already completed.</source>
        <translation>該辦件已辦結。</translation>
    </message>
    <message>
        <source>This visit is no longer in progress here.</source>
        <translation>本次服務已不在本窗口辦理中。</translation>
    </message>
    <message>
        <source>That visit is not known here.</source>
        <translation>本機沒有這次服務的記錄。</translation>
    </message>
    <message>
        <source>This visit has already been rated: one rating per visit.</source>
        <translation>本次服務已經評價過了，每次服務只能評價一次。</translation>
    </message>
    <message>
        <source>This visit is already recorded as not rated.</source>
        <translation>本次服務已記錄為未評價。</translation>
    </message>
    <message>
        <source>This visit was recorded as not rated; it cannot be rated now.</source>
        <translation>本次服務已記錄為未評價，現在不能再評價。</translation>
    </message>
    <message>
        <source>The visit is not finished yet.</source>
        <translation>本次服務尚未辦結。</translation>
    </message>
    <message>
        <source>That reason is not on the hall&apos;s list.</source>
        <translation>該原因不在本大廳的評價原因列表中。</translation>
    </message>
    <message>
        <source>Please enter a mobile number, or a landline with its area code.</source>
        <translation>請輸入手機號碼，或帶區號的固定電話。</translation>
    </message>
    <message>
        <source>Another window already took this help request.</source>
        <translation>其他窗口已接手這條求助。</translation>
    </message>
    <message>
        <source>This help request is already resolved.</source>
        <translation>這條求助已解決。</translation>
    </message>
    <message>
        <source>That help request is not known here.</source>
        <translation>本機沒有這條求助的記錄。</translation>
    </message>
    <message>
        <source>This device may not do that.</source>
        <translation>本設備無權進行此項操作。</translation>
    </message>
    <message>
        <source>This device belongs to another hall.</source>
        <translation>本設備屬於其他大廳。</translation>
    </message>
    <message>
        <source>Please check {field}.</source>
        <translation>請檢查 {field}。</translation>
    </message>
    <message>
        <source>Not done ({code}).</source>
        <translation>操作未完成（{code}）。</translation>
    </message>
</context>
<context>
    <name>RequeuePanel</name>
    <message>
        <source>Requeue a returning no-show</source>
        <translation>過號重排</translation>
    </message>
    <message>
        <source>The number goes to the end of its line.</source>
        <translation>該號碼將排到隊尾。</translation>
    </message>
    <message>
        <source>Ticket number, e.g. A012</source>
        <translation>號碼，例如 A012</translation>
    </message>
    <message>
        <source>No-shows at this window today</source>
        <translation>本窗口今天的過號</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Requeue (F7)</source>
        <translation>重新排隊（F7）</translation>
    </message>
</context>
<context>
    <name>SignInPanel</name>
    <message>
        <source>Enter your staff number.</source>
        <translation>請輸入工號。</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>請輸入密碼。</translation>
    </message>
    <message>
        <source>Hand over the window (stand-in)</source>
        <translation>替崗：接替本窗口</translation>
    </message>
    <message>
        <source>Take over the window</source>
        <translation>接替本窗口</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登入</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工號</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Your staff number</source>
        <translation>您的工號</translation>
    </message>
    <message>
        <source>Your PIN, 4 to 8 digits</source>
        <translation>您的密碼，4 到 8 位數字</translation>
    </message>
    <message>
        <source>Keep the window as it is</source>
        <translation>保持窗口現狀</translation>
    </message>
</context>
<context>
    <name>SingleScreen</name>
    <message>
        <source>Window client</source>
        <translation>窗口服務終端</translation>
    </message>
    <message>
        <source>Clerk console and citizen screen</source>
        <translation>窗口工作臺和群眾顯示屏</translation>
    </message>
</context>
<context>
    <name>TransferPanel</name>
    <message>
        <source>(paused)</source>
        <translation>（暫停中）</translation>
    </message>
    <message>
        <source>(closed)</source>
        <translation>（未開放）</translation>
    </message>
    <message>
        <source>Transfer {number}</source>
        <translation>轉移 {number}</translation>
    </message>
    <message>
        <source>To the category</source>
        <translation>轉到業務類別</translation>
    </message>
    <message>
        <source>To the window</source>
        <translation>轉到窗口</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>For the next clerk (optional)</source>
        <translation>給接辦工作人員的說明（選填）</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>取消（Esc）</translation>
    </message>
    <message>
        <source>Transfer (F6)</source>
        <translation>轉移（F6）</translation>
    </message>
</context>
<context>
    <name>WindowWords</name>
    <message>
        <source>General window</source>
        <translation>綜合窗口</translation>
    </message>
    <message>
        <source>Cross-province services</source>
        <translation>跨省通辦窗口</translation>
    </message>
    <message>
        <source>In-province services</source>
        <translation>省內通辦窗口</translation>
    </message>
    <message>
        <source>Assisted services</source>
        <translation>幫辦代辦窗口</translation>
    </message>
    <message>
        <source>Could-not-get-it-done desk</source>
        <translation>「辦不成事」反映窗口</translation>
    </message>
    <message>
        <source>Window {n}</source>
        <translation>{n}號窗口</translation>
    </message>
    <message>
        <source>Done on the spot</source>
        <translation>即辦</translation>
    </message>
    <message>
        <source>Accepted, done by a promised date</source>
        <translation>承諾件</translation>
    </message>
    <message>
        <source>One-time notice of missing materials</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Enquiry only</source>
        <translation>諮詢</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>綠色通道</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>預約</translation>
    </message>
    <message>
        <source>Assisted service</source>
        <translation>幫辦代辦</translation>
    </message>
    <message>
        <source>Stuck at self-service</source>
        <translation>自助辦理遇到困難</translation>
    </message>
    <message>
        <source>Accessibility help</source>
        <translation>無障礙協助</translation>
    </message>
</context>
</TS>
